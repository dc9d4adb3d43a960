package io.arrowhead.scaleio.simulator.internal.stats;

import static io.arrowhead.scaleio.simulator.internal.stats.CapacityCalculator.proportion;

import java.util.List;

import io.arrowhead.scaleio.simulator.internal.cluster.DeviceEntity;
import io.arrowhead.scaleio.simulator.internal.cluster.SdsEntity;

/**
 * A device, an SDS or a fault set: what its devices hold of their pools. The MDM spreads data and I/O evenly
 * over a pool's devices, so a device's share of every figure is its share of the pool's raw capacity. A device
 * whose SDS is disconnected, or which failed, keeps its capacity but serves no I/O.
 */
final class DeviceGroupSubject {

    final StatisticsContext context;
    final String id;
    final List<DeviceEntity> devices;
    final long maxCapacityInKb;
    final long spareCapacityInKb;
    final long thickCapacityInUseInKb;
    final long thinCapacityInUseInKb;
    final long snapCapacityInUseOccupiedInKb;
    private Traffic backEnd;

    DeviceGroupSubject(StatisticsContext context, String id, List<DeviceEntity> devices) {
        this.context = context;
        this.id = id;
        this.devices = devices;
        long max = 0, spare = 0, thick = 0, thin = 0, snap = 0;
        for (DeviceEntity device : devices) {
            PoolFigures pool = context.figuresOf(device.storagePoolId);
            long poolMax = pool.get(PoolFigure.MAX_CAPACITY);
            max += device.capacityInKb;
            spare += proportion(pool.get(PoolFigure.SPARE_CAPACITY), device.capacityInKb, poolMax);
            thick += proportion(pool.get(PoolFigure.THICK_IN_USE), device.capacityInKb, poolMax);
            thin += proportion(pool.get(PoolFigure.THIN_IN_USE), device.capacityInKb, poolMax);
            snap += proportion(pool.get(PoolFigure.SNAP_IN_USE_OCCUPIED), device.capacityInKb, poolMax);
        }
        this.maxCapacityInKb = max;
        this.spareCapacityInKb = spare;
        this.thickCapacityInUseInKb = thick;
        this.thinCapacityInUseInKb = thin;
        this.snapCapacityInUseOccupiedInKb = snap;
    }

    long capacityInUseInKb() {
        return thickCapacityInUseInKb + thinCapacityInUseInKb + snapCapacityInUseOccupiedInKb;
    }

    /** The pool identity holds here too: unused = max - spare - in use. */
    long unusedCapacityInKb() {
        return maxCapacityInKb - spareCapacityInKb - capacityInUseInKb();
    }

    /** The devices' share of their pools' front-end I/O over the back-end window. */
    Traffic backEnd() {
        if (backEnd == null) {
            backEnd = new Traffic();
            PerformanceRollup rollup = context.backEnd();
            for (DeviceEntity device : devices) {
                SdsEntity sds = context.state.sdss.get(device.sdsId);
                boolean failed = device.outage != null && device.outage.failedAt(context.lastSecond);
                if (sds == null || !sds.connected || failed) {
                    continue;
                }
                Traffic pool = rollup.pool(device.storagePoolId);
                long poolMax = context.figuresOf(device.storagePoolId).get(PoolFigure.MAX_CAPACITY);
                backEnd.readIos += proportion(pool.readIos, device.capacityInKb, poolMax);
                backEnd.readKb += proportion(pool.readKb, device.capacityInKb, poolMax);
                backEnd.writeIos += proportion(pool.writeIos, device.capacityInKb, poolMax);
                backEnd.writeKb += proportion(pool.writeKb, device.capacityInKb, poolMax);
            }
        }
        return backEnd;
    }
}
