package io.arrowhead.core.stats;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.ToDoubleFunction;

import io.arrowhead.scaleio.client.Bwc;
import io.arrowhead.scaleio.client.ObjectType;

/**
 * A figure derived from BWC statistics of an object (GATEWAY-API.md §4.4), with its unit. Most derive from one
 * statistic; the rebuild and rebalance bandwidths are the sums of the rates of their family's read and write windows.
 * Volumes and SDCs have the front-end (user data) statistics with latency; pools, protection domains and the system
 * have the front-end bandwidth counters and the rebuild and rebalance families too.
 */
public enum Metric {
    READ_IOPS("IOPS", PerformanceCalculator::iops, Metric.READ_BWC),
    WRITE_IOPS("IOPS", PerformanceCalculator::iops, Metric.WRITE_BWC),
    READ_BANDWIDTH("KiB/s", PerformanceCalculator::kibPerSecond, Metric.READ_BWC),
    WRITE_BANDWIDTH("KiB/s", PerformanceCalculator::kibPerSecond, Metric.WRITE_BWC),
    READ_IO_SIZE("KiB", PerformanceCalculator::averageIoSizeKib, Metric.READ_BWC),
    WRITE_IO_SIZE("KiB", PerformanceCalculator::averageIoSizeKib, Metric.WRITE_BWC),
    READ_LATENCY("ms", PerformanceCalculator::latencyMillis, Metric.READ_LATENCY_BWC),
    WRITE_LATENCY("ms", PerformanceCalculator::latencyMillis, Metric.WRITE_LATENCY_BWC),
    /** Forward, backward and normal rebuild traffic, read and write. */
    REBUILD_BANDWIDTH("KiB/s", PerformanceCalculator::kibPerSecond, "fwdRebuildReadBwc", "fwdRebuildWriteBwc",
        "bckRebuildReadBwc", "bckRebuildWriteBwc", "normRebuildReadBwc", "normRebuildWriteBwc"),
    /** Rebalance traffic, read and write. */
    REBALANCE_BANDWIDTH("KiB/s", PerformanceCalculator::kibPerSecond, "rebalanceReadBwc", "rebalanceWriteBwc");

    public static final String READ_BWC = "userDataReadBwc";
    public static final String WRITE_BWC = "userDataWriteBwc";
    public static final String READ_LATENCY_BWC = "userDataSdcReadLatency";
    public static final String WRITE_LATENCY_BWC = "userDataSdcWriteLatency";

    private final List<String> properties;
    private final String unit;
    private final ToDoubleFunction<Bwc> formula;

    Metric(String unit, ToDoubleFunction<Bwc> formula, String... properties) {
        this.properties = List.of(properties);
        this.unit = unit;
        this.formula = formula;
    }

    /** The statistics this figure is derived from, as named on the wire; subscribe to all of them. */
    public List<String> properties() {
        return properties;
    }

    /** "IOPS", "KiB/s", "KiB" or "ms". */
    public String unit() {
        return unit;
    }

    /**
     * The figure of the windows of the metric's statistics, in {@link #properties()} order, a missing one
     * {@code null}: the sum of each present window's figure. {@link Double#NaN} when none is present or a present one
     * has no value (see {@link PerformanceCalculator}), since a sum missing a part would understate the traffic.
     */
    public double of(List<Bwc> windows) {
        double sum = 0;
        boolean any = false;
        for (Bwc window : windows) {
            if (window != null) {
                sum += formula.applyAsDouble(window);
                any = true;
            }
        }
        return any ? sum : Double.NaN;
    }

    /** The figure of one window, for a metric of one statistic. */
    public double of(Bwc window) {
        return formula.applyAsDouble(window);
    }

    /**
     * The metrics an object type's statistics have: volumes and SDCs the front-end ones, with latency; storage
     * pools, protection domains and the system the rebuild and rebalance bandwidths too; other types none. Ask a
     * gateway only for these: it fails the whole request for one property a type does not have.
     */
    public static List<Metric> of(ObjectType<?> type) {
        if (type == ObjectType.VOLUME || type == ObjectType.SDC) {
            return List.of(values()).subList(0, REBUILD_BANDWIDTH.ordinal());
        }
        if (type == ObjectType.STORAGE_POOL || type == ObjectType.PROTECTION_DOMAIN || type == ObjectType.SYSTEM) {
            return List.of(values());
        }
        return List.of();
    }

    /** The statistics to subscribe to for every metric of the type, {@link #of(ObjectType)}. */
    public static List<String> allProperties(ObjectType<?> type) {
        return propertiesOf(of(type));
    }

    /** The statistics to subscribe to for the given metrics. */
    public static List<String> propertiesOf(Collection<Metric> metrics) {
        return metrics.stream().flatMap(metric -> metric.properties().stream()).distinct().toList();
    }

    /** The statistics to subscribe to for the given metrics. */
    public static List<String> propertiesOf(Metric... metrics) {
        return propertiesOf(Arrays.asList(metrics));
    }
}
