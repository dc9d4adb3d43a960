package io.arrowhead.scaleio.simulator.internal.stats;

import static io.arrowhead.scaleio.simulator.internal.stats.PoolFigure.*;

import java.util.List;

import io.arrowhead.scaleio.simulator.internal.cluster.ClusterState;
import io.arrowhead.scaleio.simulator.internal.cluster.DeviceEntity;
import io.arrowhead.scaleio.simulator.internal.cluster.SdsEntity;
import io.arrowhead.scaleio.simulator.internal.cluster.StoragePoolEntity;
import io.arrowhead.scaleio.simulator.internal.cluster.VolumeEntity;
import io.arrowhead.scaleio.simulator.internal.cluster.VolumeKind;

/**
 * Derives a storage pool's capacity figures and counts from its devices and volumes, with the relationships the
 * reference found on real pools (GATEWAY-API.md §4.3): everything is mirrored twice, so raw = 2 × net.
 */
final class CapacityCalculator {

    /** sparePercentage of the raw capacity, rounded down to 4 MiB: fits both reference pools to the KiB [inferred]. */
    private static final long SPARE_GRANULARITY_KB = 4L * 1024;
    /** Volumes are allocated in 8 GiB units. */
    private static final long ALLOCATION_GRANULARITY_KB = 8L * 1024 * 1024;

    private CapacityCalculator() {
    }

    /** @param second the second whose end the rebuild figures describe */
    static PoolFigures of(StoragePoolEntity pool, List<DeviceEntity> devices, List<VolumeEntity> volumes,
            int vtreeCount, ClusterState state, long second) {
        long max = 0;
        long unreachable = 0;
        for (DeviceEntity device : devices) {
            max += device.capacityInKb;
            SdsEntity sds = state.sdss.get(device.sdsId);
            if (sds == null || !sds.connected) {
                unreachable += device.capacityInKb;
            }
        }
        long thick = 0, thin = 0, thinSizes = 0, snapOccupied = 0, snapReferenced = 0, addressSpace = 0;
        int snapshots = 0, thinBase = 0, thickBase = 0, unmapped = 0;
        for (VolumeEntity volume : volumes) {
            unmapped += volume.mappings.isEmpty() ? 1 : 0;
            switch (volume.kind) {
                case THICK -> {
                    thick += volume.sizeInKb;
                    thickBase++;
                    addressSpace += volume.sizeInKb;
                }
                case THIN -> {
                    thin += dataOf(volume);
                    thinSizes += volume.sizeInKb;
                    thinBase++;
                    addressSpace += volume.sizeInKb;
                }
                case SNAPSHOT -> {
                    // A snapshot occupies only what was written to it since; it also references what it still
                    // shares with its source, approximated by the source's current data [inferred].
                    snapshots++;
                    snapOccupied += dataOf(volume);
                    VolumeEntity source = state.volumes.get(volume.ancestorVolumeId);
                    long shared = source == null ? 0 : dataOf(source);
                    snapReferenced += Math.min(volume.sizeInKb, dataOf(volume) + shared);
                }
            }
        }
        long spare = spareOf(pool, max);
        long inUse = 2 * (thick + thin + snapOccupied);
        long unused = max - spare - inUse;
        long netMax = (max - spare) / 2;
        PoolFigures figures = new PoolFigures();
        figures.set(MAX_CAPACITY, max);
        figures.set(CAPACITY_LIMIT, max);
        figures.set(SPARE_CAPACITY, spare);
        figures.set(THICK_IN_USE, 2 * thick);
        figures.set(THIN_IN_USE, 2 * thin);
        figures.set(SNAP_IN_USE, 2 * snapReferenced);
        figures.set(SNAP_IN_USE_OCCUPIED, 2 * snapOccupied);
        figures.set(CAPACITY_IN_USE, inUse);
        figures.set(UNUSED_CAPACITY, unused);
        figures.set(THIN_ALLOCATED, 2 * thinSizes);
        // Snapshots share their VTree's address space, so only base volumes count towards the VAC; the reference
        // pool (two 16 GiB thin volumes and a 16 GiB snapshot, primaryVacInKb 32 GiB) agrees.
        figures.set(PRIMARY_VAC, addressSpace);
        figures.set(SECONDARY_VAC, addressSpace);
        figures.set(IN_USE_VAC, 2 * addressSpace);
        figures.set(AVAILABLE_FOR_VOLUME_ALLOCATION, availableForAllocation(max, spare, addressSpace));
        figures.set(VOLUME_ALLOCATION_LIMIT, Math.max(0, floorTo(netMax, ALLOCATION_GRANULARITY_KB)));
        figures.set(NET_CAPACITY_IN_USE, inUse / 2);
        figures.set(NET_UNUSED_CAPACITY, unused / 2);
        // Snapshot data counts as user data, so netUnused + netUserData = netMaxUserData, the "logical total"
        // karavi-metrics computes.
        figures.set(NET_USER_DATA_CAPACITY, inUse / 2);
        figures.set(NET_MAX_USER_DATA_CAPACITY, netMax);
        figures.set(THIN_USER_DATA_CAPACITY, thin);
        figures.set(VOLUME_ADDRESS_SPACE, addressSpace);
        // Data on an unreachable SDS has lost one copy: degraded, but the mirror is healthy.
        long degraded = proportion(inUse, unreachable, max);
        long degradedVac = proportion(2 * addressSpace, unreachable, max);
        // Data of a failed device not rebuilt yet is degraded with a failed copy; once the device is back, what it
        // still has to catch up on is degraded with a healthy one.
        long failed = 0, pendingBackward = 0, pendingRebalance = 0;
        for (DeviceEntity device : devices) {
            if (device.outage != null) {
                RebuildModel rebuild = new RebuildModel(device.outage, RebuildTraffic.dataOf(device, figures));
                failed += rebuild.pendingForward(second);
                pendingBackward += rebuild.pendingBackward(second);
                pendingRebalance += rebuild.pendingRebalance(second);
            }
        }
        figures.set(PENDING_FWD_REBUILD_CAPACITY, failed);
        figures.set(PENDING_BCK_REBUILD_CAPACITY, pendingBackward);
        figures.set(PENDING_REBALANCE_CAPACITY, pendingRebalance);
        degraded += pendingBackward;
        degraded = Math.min(degraded, inUse - failed);
        figures.set(DEGRADED_FAILED_CAPACITY, failed);
        figures.set(PROTECTED_CAPACITY, inUse - degraded - failed);
        figures.set(DEGRADED_HEALTHY_CAPACITY, degraded);
        figures.set(PROTECTED_VAC, 2 * addressSpace - degradedVac);
        figures.set(DEGRADED_HEALTHY_VAC, degradedVac);
        figures.set(AT_REST_CAPACITY, inUse);
        figures.set(UNREACHABLE_UNUSED_CAPACITY, proportion(Math.max(0, unused), unreachable, max));
        figures.set(NUM_OF_VOLUMES, volumes.size());
        figures.set(NUM_OF_SNAPSHOTS, snapshots);
        figures.set(NUM_OF_VTREES, vtreeCount);
        figures.set(NUM_OF_THIN_BASE_VOLUMES, thinBase);
        figures.set(NUM_OF_THICK_BASE_VOLUMES, thickBase);
        figures.set(NUM_OF_UNMAPPED_VOLUMES, unmapped);
        figures.set(NUM_OF_DEVICES, devices.size());
        return figures;
    }

    /**
     * capacityAvailableForVolumeAllocationInKb alone, in one pass without the query's index: the create and
     * resize checks ask for it once per call, on systems with tens of thousands of volumes.
     */
    static long availableForVolumeAllocation(StoragePoolEntity pool, ClusterState state) {
        long max = 0;
        for (DeviceEntity device : state.devices.values()) {
            max += pool.id.equals(device.storagePoolId) ? device.capacityInKb : 0;
        }
        long addressSpace = 0;
        for (VolumeEntity volume : state.volumes.values()) {
            boolean base = volume.kind != VolumeKind.SNAPSHOT;
            addressSpace += base && pool.id.equals(volume.storagePoolId) ? volume.sizeInKb : 0;
        }
        return availableForAllocation(max, spareOf(pool, max), addressSpace);
    }

    /**
     * The reference formula, fitting 3/3 real pools: what is left of the net capacity after the base volumes'
     * address space, in whole allocation units. It treats thin volumes like thick ones (no over-provisioning),
     * which is stricter than a real thin pool [open].
     */
    private static long availableForAllocation(long max, long spare, long addressSpace) {
        return Math.max(0, floorTo((max - spare) / 2 - addressSpace, ALLOCATION_GRANULARITY_KB));
    }

    private static long spareOf(StoragePoolEntity pool, long max) {
        return floorTo(max * pool.sparePercentage / 100, SPARE_GRANULARITY_KB);
    }

    /** value × part / whole, without overflow for petabyte pools; 0 for an empty whole. */
    static long proportion(long value, long part, long whole) {
        return whole == 0 ? 0 : (long) ((double) value * part / whole);
    }

    /** Net KiB a volume holds: all of a thick volume, what was written to a thin volume or snapshot. */
    static long dataOf(VolumeEntity volume) {
        return switch (volume.kind) {
            case THICK -> volume.sizeInKb;
            case THIN, SNAPSHOT -> Math.min(volume.writtenKb, volume.sizeInKb);
        };
    }

    private static long floorTo(long value, long unit) {
        return Math.floorDiv(value, unit) * unit;
    }
}
