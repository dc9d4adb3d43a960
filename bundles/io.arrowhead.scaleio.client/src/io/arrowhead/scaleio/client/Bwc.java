package io.arrowhead.scaleio.client;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A performance counter of the gateway ("bandwidth count"): {@code numOccured} I/Os moving {@code totalWeightInKb}
 * KiB during the last sampling window of {@code numSeconds} seconds (0 when idle). The component keeps the wire
 * misspelling of "occurred". For latency counters the weight is an accumulated time, not KiB.
 */
public record Bwc(@JsonProperty("numOccured") long numOccured, long numSeconds, long totalWeightInKb) {

    /** I/Os per second. */
    public double iops() {
        return ratio(numOccured, numSeconds);
    }

    /** KiB per second. */
    public double kbPerSecond() {
        return ratio(totalWeightInKb, numSeconds);
    }

    /** KiB per I/O. */
    public double averageIoSizeKb() {
        return ratio(totalWeightInKb, numOccured);
    }

    // an idle window reports zeros; show 0 rather than NaN
    private static double ratio(long dividend, long divisor) {
        return divisor == 0 ? 0 : (double) dividend / divisor;
    }
}
