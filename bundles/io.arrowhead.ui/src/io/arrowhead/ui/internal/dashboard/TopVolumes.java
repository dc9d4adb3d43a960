package io.arrowhead.ui.internal.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import io.arrowhead.core.stats.Metric;
import io.arrowhead.core.stats.ObjectPerformance;
import io.arrowhead.core.stats.Performance;
import io.arrowhead.scaleio.client.ObjectType;

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

    /**
     * The busiest volumes of a tick first, by IOPS and then by id, at most {@code limit}; from the metrics the poller
     * derived for the tick, so a scan of every volume is not worked out a second time here.
     */
    static List<Row> rank(List<ObjectPerformance> tick, int limit) {
        return tick.stream().filter(object -> object.type() == ObjectType.VOLUME).map(TopVolumes::row)
            .sorted(Comparator.comparingDouble(Row::iops).reversed().thenComparing(Row::id)).limit(limit).toList();
    }

    private static Row row(ObjectPerformance object) {
        Performance performance = object.performance();
        return new Row(object.id(), value(performance, Metric.READ_IOPS), value(performance, Metric.WRITE_IOPS),
            value(performance, Metric.READ_BANDWIDTH), value(performance, Metric.WRITE_BANDWIDTH));
    }

    // an object the answer had no window for counts as idle
    private static double value(Performance performance, Metric metric) {
        return performance.has(metric) ? performance.value(metric) : 0;
    }
}
