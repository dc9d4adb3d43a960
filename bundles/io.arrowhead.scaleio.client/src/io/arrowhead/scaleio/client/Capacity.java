package io.arrowhead.scaleio.client;

/**
 * The capacity statistics of a system, protection domain or storage pool, in KiB; each is {@code null} when the
 * statistics do not include it. Raw values count both mirror copies.
 *
 * @param capacityAvailableForVolumeAllocationInKb net space left for new volumes
 * @param thinCapacityAllocatedInKb raw space allocated to thin volumes (twice their sizes)
 */
public record Capacity(Long maxCapacityInKb, Long capacityLimitInKb, Long spareCapacityInKb, Long capacityInUseInKb,
        Long unusedCapacityInKb, Long capacityAvailableForVolumeAllocationInKb, Long thickCapacityInUseInKb,
        Long thinCapacityInUseInKb, Long thinCapacityAllocatedInKb, Long snapCapacityInUseOccupiedInKb) {

    /**
     * The net capacity usable for data, {@code (max - spare) / 2} since every block is mirrored (CloudStack's
     * formula); {@code null} unless both are known.
     */
    public Long usableInKb() {
        return maxCapacityInKb == null || spareCapacityInKb == null ? null
                : (maxCapacityInKb - spareCapacityInKb) / 2;
    }
}
