package io.arrowhead.scaleio.simulator.internal.stats;

import java.util.List;

import io.arrowhead.scaleio.simulator.internal.cluster.DeviceEntity;

/**
 * A pool's rebuild and rebalance traffic over the back-end window, in KiB per family; every KiB is read from one
 * device and written to another, so each family's read and write counters are equal. Pools add up to domains and
 * the system. Mutable, for summing.
 */
final class RebuildTraffic {

    long forwardKb;
    long backwardKb;
    long rebalanceKb;

    /** The traffic of a pool's devices over the window of {@code windowSeconds} ending with {@code lastSecond}. */
    static RebuildTraffic of(List<DeviceEntity> devices, PoolFigures figures, long lastSecond, int windowSeconds) {
        RebuildTraffic traffic = new RebuildTraffic();
        long before = lastSecond - windowSeconds;
        for (DeviceEntity device : devices) {
            if (device.outage == null) {
                continue;
            }
            RebuildModel model = new RebuildModel(device.outage, dataOf(device, figures));
            traffic.forwardKb += model.forwardBy(lastSecond) - model.forwardBy(before);
            traffic.backwardKb += model.backwardBy(lastSecond) - model.backwardBy(before);
            traffic.rebalanceKb += model.rebalanceBy(lastSecond) - model.rebalanceBy(before);
        }
        return traffic;
    }

    /** Raw KiB on the device: the MDM spreads a pool's data evenly, so its share of the pool's capacity. */
    static long dataOf(DeviceEntity device, PoolFigures figures) {
        return CapacityCalculator.proportion(figures.get(PoolFigure.CAPACITY_IN_USE), device.capacityInKb,
                figures.get(PoolFigure.MAX_CAPACITY));
    }

    void add(RebuildTraffic other) {
        forwardKb += other.forwardKb;
        backwardKb += other.backwardKb;
        rebalanceKb += other.rebalanceKb;
    }

    boolean active() {
        return forwardKb + backwardKb + rebalanceKb > 0;
    }

    /** The I/Os that move {@code kb}, in whole chunks. */
    static long ios(long kb) {
        return Math.ceilDiv(kb, RebuildModel.CHUNK_KB);
    }
}
