package io.arrowhead.ui.internal.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.arrowhead.core.stats.Metric;
import io.arrowhead.scaleio.client.Bwc;
import io.arrowhead.scaleio.client.Statistics;

/**
 * Which volumes are the busiest, without reading every volume's statistics every tick. A scan of all volumes (two
 * counters each) picks {@value #CANDIDATES} candidates; each tick then reads only those and ranks them, and a new scan
 * comes every {@link #RESCAN}, so a volume that becomes busy is in the table within that time.
 */
final class TopVolumes {

    static final int SHOWN = 10;
    static final int CANDIDATES = 30;
    static final Duration RESCAN = Duration.ofSeconds(60);
    static final String[] PROPERTIES = {Metric.READ_BWC, Metric.WRITE_BWC};

    /** One row of the table: a volume's IOPS and bandwidth in the last window. */
    record Row(String id, double readIops, double writeIops, double readKibPerSecond, double writeKibPerSecond) {

        double iops() {
            return readIops + writeIops;
        }
    }

    private Instant lastScan;

    /** Whether the next tick should read every volume. */
    boolean scanDue(Instant now) {
        return lastScan == null || !now.isBefore(lastScan.plus(RESCAN));
    }

    void scanned(Instant at) {
        lastScan = at;
    }

    /** The busiest volumes first, by IOPS and then by id, at most {@code limit}. */
    static List<Row> rank(Map<String, Statistics> volumes, int limit) {
        return volumes.entrySet().stream().map(entry -> row(entry.getKey(), entry.getValue()))
            .sorted(Comparator.comparingDouble(Row::iops).reversed().thenComparing(Row::id)).limit(limit).toList();
    }

    private static Row row(String id, Statistics statistics) {
        Bwc read = statistics.bwc(Metric.READ_BWC);
        Bwc write = statistics.bwc(Metric.WRITE_BWC);
        return new Row(id, value(Metric.READ_IOPS, read), value(Metric.WRITE_IOPS, write),
            value(Metric.READ_BANDWIDTH, read), value(Metric.WRITE_BANDWIDTH, write));
    }

    private static double value(Metric metric, Bwc window) {
        if (window == null) {
            return 0;
        }
        double value = metric.of(window);
        return Double.isNaN(value) ? 0 : value;
    }
}
