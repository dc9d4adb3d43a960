package io.arrowhead.scaleio.simulator.internal.stats;

import io.arrowhead.scaleio.simulator.internal.cluster.DeviceOutage;

/**
 * What a pool does about one failed device, as a pure function of the outage and the second asked about. While the
 * device is down, the pool copies the data it held from the surviving mirrors to its other devices (forward
 * rebuild) until all of it is protected again. When the device comes back, the pool copies to it what changed
 * meanwhile and was not rebuilt elsewhere (backward rebuild) and moves the data rebuilt elsewhere back onto it
 * (rebalance); then it goes quiet. Rates are plausible constants, not measured [inferred]. Immutable.
 */
final class RebuildModel {

    static final long FORWARD_KB_PER_SECOND = 100L * 1024;
    static final long BACKWARD_KB_PER_SECOND = 100L * 1024;
    static final long REBALANCE_KB_PER_SECOND = 50L * 1024;
    /** How fast writes change the data of a device that is away, all of which the backward rebuild copies back. */
    static final long CHANGED_KB_PER_SECOND = 8L * 1024;
    /** Rebuilds and rebalances move data in chunks of this size, which counts their I/Os. */
    static final long CHUNK_KB = 256;

    private final DeviceOutage outage;
    private final long dataKb;

    /** @param dataKb raw KiB the device held when it failed: its share of the pool's capacity in use */
    RebuildModel(DeviceOutage outage, long dataKb) {
        this.outage = outage;
        this.dataKb = dataKb;
    }

    /** KiB rebuilt forward by the end of {@code second}. */
    long forwardBy(long second) {
        long end = Math.min(second + 1, outage.restoredAtSecond());
        return Math.clamp(FORWARD_KB_PER_SECOND * (end - outage.failedAtSecond()), 0, dataKb);
    }

    long backwardBy(long second) {
        return afterRestore(second, BACKWARD_KB_PER_SECOND, backwardTotal());
    }

    long rebalanceBy(long second) {
        return afterRestore(second, REBALANCE_KB_PER_SECOND, rebalanceTotal());
    }

    /** Data still held in one copy only at the end of {@code second}: not rebuilt yet while the device is down. */
    long pendingForward(long second) {
        return outage.failedAt(second) ? dataKb - forwardBy(second) : 0;
    }

    long pendingBackward(long second) {
        return restoredBy(second) ? backwardTotal() - backwardBy(second) : 0;
    }

    long pendingRebalance(long second) {
        return restoredBy(second) ? rebalanceTotal() - rebalanceBy(second) : 0;
    }

    /** What changed while the device was away and was not rebuilt elsewhere; at least one second's changes. */
    private long backwardTotal() {
        if (!outage.restored()) {
            return 0;
        }
        long away = Math.max(1, outage.restoredAtSecond() - outage.failedAtSecond());
        return Math.min(dataKb - rebalanceTotal(), CHANGED_KB_PER_SECOND * away);
    }

    /** The data rebuilt elsewhere before the device came back, which moves back onto it. */
    private long rebalanceTotal() {
        return outage.restored() ? forwardBy(outage.restoredAtSecond() - 1) : 0;
    }

    private boolean restoredBy(long second) {
        return outage.restored() && second >= outage.restoredAtSecond();
    }

    private long afterRestore(long second, long kbPerSecond, long total) {
        if (!restoredBy(second)) {
            return 0;
        }
        return Math.clamp(kbPerSecond * (second + 1 - outage.restoredAtSecond()), 0, total);
    }
}
