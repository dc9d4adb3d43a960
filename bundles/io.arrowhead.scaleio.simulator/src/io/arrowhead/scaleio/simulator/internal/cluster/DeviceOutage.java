package io.arrowhead.scaleio.simulator.internal.cluster;

/**
 * A device failure injected through the faults endpoint: the second it failed and the second it came back
 * ({@link #STILL_FAILED} until then). It stays on the device after the restore, because the rebalance that follows
 * is derived from it. Immutable.
 *
 * @param failedAtSecond epoch second of the failure
 * @param restoredAtSecond epoch second of the restore, or {@link #STILL_FAILED}
 */
public record DeviceOutage(long failedAtSecond, long restoredAtSecond) {

    public static final long STILL_FAILED = Long.MAX_VALUE;

    /** Whether the device is down during the given second. */
    public boolean failedAt(long epochSecond) {
        return epochSecond >= failedAtSecond && epochSecond < restoredAtSecond;
    }

    public boolean restored() {
        return restoredAtSecond != STILL_FAILED;
    }

    DeviceOutage restoredAt(long epochSecond) {
        return new DeviceOutage(failedAtSecond, Math.max(failedAtSecond, epochSecond));
    }
}
