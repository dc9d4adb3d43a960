package io.arrowhead.scaleio.simulator.internal.stats;

/**
 * A storage pool statistic that adds up over pools, so a protection domain's or the system's value is the sum of
 * its pools' (the reference checked this for capacityAvailableForVolumeAllocationInKb and maxCapacityInKb).
 * Capacities are KiB; "raw" ones count both mirror copies, "net" ones one.
 */
enum PoolFigure {
    MAX_CAPACITY("maxCapacityInKb"),
    CAPACITY_LIMIT("capacityLimitInKb"),
    SPARE_CAPACITY("spareCapacityInKb"),
    THICK_IN_USE("thickCapacityInUseInKb"),
    THIN_IN_USE("thinCapacityInUseInKb"),
    SNAP_IN_USE("snapCapacityInUseInKb"),
    SNAP_IN_USE_OCCUPIED("snapCapacityInUseOccupiedInKb"),
    CAPACITY_IN_USE("capacityInUseInKb"),
    UNUSED_CAPACITY("unusedCapacityInKb"),
    THIN_ALLOCATED("thinCapacityAllocatedInKb"),
    PRIMARY_VAC("primaryVacInKb"),
    SECONDARY_VAC("secondaryVacInKb"),
    IN_USE_VAC("inUseVacInKb"),
    AVAILABLE_FOR_VOLUME_ALLOCATION("capacityAvailableForVolumeAllocationInKb"),
    VOLUME_ALLOCATION_LIMIT("volumeAllocationLimitInKb"),
    NET_CAPACITY_IN_USE("netCapacityInUseInKb"),
    NET_UNUSED_CAPACITY("netUnusedCapacityInKb"),
    NET_USER_DATA_CAPACITY("netUserDataCapacityInKb"),
    NET_MAX_USER_DATA_CAPACITY("netMaxUserDataCapacityInKb"),
    THIN_USER_DATA_CAPACITY("thinUserDataCapacityInKb"),
    VOLUME_ADDRESS_SPACE("volumeAddressSpaceInKb"),
    PROTECTED_CAPACITY("protectedCapacityInKb"),
    PROTECTED_VAC("protectedVacInKb"),
    DEGRADED_HEALTHY_CAPACITY("degradedHealthyCapacityInKb"),
    DEGRADED_HEALTHY_VAC("degradedHealthyVacInKb"),
    DEGRADED_FAILED_CAPACITY("degradedFailedCapacityInKb"),
    PENDING_FWD_REBUILD_CAPACITY("pendingFwdRebuildCapacityInKb"),
    PENDING_BCK_REBUILD_CAPACITY("pendingBckRebuildCapacityInKb"),
    PENDING_REBALANCE_CAPACITY("pendingRebalanceCapacityInKb"),
    AT_REST_CAPACITY("atRestCapacityInKb"),
    UNREACHABLE_UNUSED_CAPACITY("unreachableUnusedCapacityInKb"),
    NUM_OF_VOLUMES("numOfVolumes"),
    NUM_OF_SNAPSHOTS("numOfSnapshots"),
    NUM_OF_VTREES("numOfVtrees"),
    NUM_OF_THIN_BASE_VOLUMES("numOfThinBaseVolumes"),
    NUM_OF_THICK_BASE_VOLUMES("numOfThickBaseVolumes"),
    NUM_OF_UNMAPPED_VOLUMES("numOfUnmappedVolumes"),
    NUM_OF_DEVICES("numOfDevices");

    private final String wireName;

    PoolFigure(String wireName) {
        this.wireName = wireName;
    }

    String wireName() {
        return wireName;
    }
}
