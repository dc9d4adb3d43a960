package io.arrowhead.core.stats;

import io.arrowhead.scaleio.client.Bwc;

/**
 * The derived figures of GATEWAY-API.md §4.4 from one BWC window {@code {N = numOccured, S = numSeconds,
 * K = totalWeightInKb}}. A window stands on its own: nothing is computed from the difference of two answers, so a
 * counter that resets or goes backwards between ticks cannot produce a negative rate. Guards:
 * <ul>
 * <li>a field below zero (a wrapped or corrupt counter) gives no value, {@link Double#NaN};</li>
 * <li>S = 0 is the gateway's idle window: the rates are 0 when N and K are 0 too, no value otherwise;</li>
 * <li>N = 0 leaves nothing to average: the average I/O size and the latency have no value.</li>
 * </ul>
 */
public final class PerformanceCalculator {

    /** The reference's divisor (karavi-metrics), kept so that figures match other tools reading the same gateway. */
    private static final double LATENCY_DIVISOR = 1024;

    private PerformanceCalculator() {
    }

    /** I/Os per second, N/S. */
    public static double iops(Bwc window) {
        return rate(window, window.numOccured());
    }

    /** KiB per second, K/S. */
    public static double kibPerSecond(Bwc window) {
        return rate(window, window.totalWeightInKb());
    }

    /** KiB per I/O, K/N. */
    public static double averageIoSizeKib(Bwc window) {
        return average(window, 1);
    }

    /**
     * Milliseconds per I/O from a latency window ({@code userDataSdcReadLatency} and the like), whose weight is the
     * I/Os' accumulated service time, in microseconds as the reference infers: K/N/1024, as the reference computes.
     */
    public static double latencyMillis(Bwc latencyWindow) {
        return average(latencyWindow, LATENCY_DIVISOR);
    }

    private static double rate(Bwc window, long amount) {
        if (!valid(window)) {
            return Double.NaN;
        }
        if (window.numSeconds() == 0) {
            return window.numOccured() == 0 && window.totalWeightInKb() == 0 ? 0 : Double.NaN;
        }
        return (double) amount / window.numSeconds();
    }

    private static double average(Bwc window, double divisor) {
        if (!valid(window) || window.numOccured() == 0) {
            return Double.NaN;
        }
        return window.totalWeightInKb() / divisor / window.numOccured();
    }

    private static boolean valid(Bwc window) {
        return window.numOccured() >= 0 && window.numSeconds() >= 0 && window.totalWeightInKb() >= 0;
    }
}
