package io.arrowhead.scaleio.simulator.internal.stats;

/**
 * Service time of one I/O as the SDC sees it: media access, transfer, queueing that grows with the volume's load,
 * and the wait a QoS limit adds when it holds I/O back. The figures are plausible, not measured.
 */
final class LatencyModel {

    /** Above this the QoS wait stops growing: the application would have backed off. */
    private static final double MAX_THROTTLE = 10;
    /** A rebuild or rebalance in the pool competes with user I/O for the devices. */
    private static final double REBUILD_SLOWDOWN = 1.5;

    private LatencyModel() {
    }

    /**
     * @param ssd whether the volume's pool is on SSDs
     * @param write whether the I/O is a write (mirrored to two SDSs before it is acknowledged)
     * @param volumeIops the rate the volume's application asks for
     * @param averageSizeKb the average I/O size
     * @param throttle demand divided by what QoS lets through, 1 when unlimited
     */
    static long micros(boolean ssd, boolean write, long volumeIops, long averageSizeKb, double throttle) {
        return micros(ssd, write, volumeIops, averageSizeKb, throttle, false);
    }

    /** As {@link #micros(boolean, boolean, long, long, double)}, slower while the pool moves data for a rebuild. */
    static long micros(boolean ssd, boolean write, long volumeIops, long averageSizeKb, double throttle,
            boolean rebuilding) {
        double access = ssd ? (write ? 220 : 140) : (write ? 4500 : 6000);
        double transfer = averageSizeKb * (ssd ? 1.5 : 6);
        double queueing = 1 + volumeIops / (ssd ? 25_000.0 : 600.0);
        double contention = rebuilding ? REBUILD_SLOWDOWN : 1;
        return Math.round((access + transfer) * queueing * Math.min(throttle, MAX_THROTTLE) * contention);
    }
}
