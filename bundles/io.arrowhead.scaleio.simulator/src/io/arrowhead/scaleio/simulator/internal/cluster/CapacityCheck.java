package io.arrowhead.scaleio.simulator.internal.cluster;

/**
 * Whether a pool can take more volume address space. Thick volumes must fit in what Statistics reports as
 * {@code capacityAvailableForVolumeAllocationInKb}; every volume, thin or not, counts against the pool's volume
 * allocation limit.
 */
final class CapacityCheck {

    /**
     * [open] The allocation limit as a multiple of the pool's usable (net, after spare) capacity. The real limit
     * depends on the release and layout; 5x lets thin pools over-provision as real ones do.
     */
    static final int ALLOCATION_LIMIT_FACTOR = 5;

    private final ClusterContext context;

    CapacityCheck(ClusterContext context) {
        this.context = context;
    }

    /** Refuses with "Requested volume size exceeds the volume allocation limit" when {@code addedKb} does not fit. */
    void ensureRoom(StoragePoolEntity pool, VolumeKind kind, long addedKb) {
        if (allocatedKb(pool.id) + addedKb > ALLOCATION_LIMIT_FACTOR * usableKb(pool)) {
            throw GatewayErrors.allocationLimitExceeded();
        }
        if (kind == VolumeKind.THICK
                && addedKb > context.statistics.capacityAvailableForVolumeAllocationInKb(pool.id)) {
            throw GatewayErrors.allocationLimitExceeded();
        }
    }

    /** Net capacity: raw device capacity less the spare share, halved for the two mirror copies. */
    long usableKb(StoragePoolEntity pool) {
        long rawKb = 0;
        for (DeviceEntity device : context.state.devices.values()) {
            if (device.storagePoolId.equals(pool.id)) {
                rawKb += device.capacityInKb;
            }
        }
        return rawKb / 100 * (100 - pool.sparePercentage) / 2;
    }

    private long allocatedKb(String poolId) {
        long allocated = 0;
        for (VolumeEntity volume : context.state.volumes.values()) {
            if (volume.storagePoolId.equals(poolId)) {
                allocated += volume.sizeInKb;
            }
        }
        return allocated;
    }
}
