package io.arrowhead.scaleio.simulator.internal.stats;

import java.util.ArrayList;
import java.util.List;

import io.arrowhead.scaleio.simulator.internal.cluster.VolumeEntity;

/**
 * One volume while its statistics are written. A call reuses a single instance for all its volumes, so that a
 * query over every volume of a large system allocates nothing per volume for traffic.
 */
final class VolumeSubject {

    private final StatisticsContext context;
    VolumeEntity volume;
    private boolean computed;

    VolumeSubject(StatisticsContext context) {
        this.context = context;
    }

    VolumeSubject reset(VolumeEntity next) {
        this.volume = next;
        this.computed = false;
        return this;
    }

    /** Front-end I/O of the last second, summed over the volume's mappings. */
    Traffic traffic() {
        VolumeTraffic traffic = context.volumeTraffic();
        if (!computed) {
            traffic.compute(volume, context.lastSecond, 1, null);
            computed = true;
        }
        return traffic.total;
    }

    /** Whether a mapping can carry I/O, which decides between {0,1,0} and {0,0,0} for an idle second. */
    boolean active() {
        traffic();
        return context.volumeTraffic().active();
    }

    List<VolumeEntity> children() {
        return context.index.childrenOf(volume.id);
    }

    /** Snapshots of the volume, of its snapshots and so on, breadth first. */
    List<VolumeEntity> descendants() {
        List<VolumeEntity> descendants = new ArrayList<>(children());
        for (int i = 0; i < descendants.size(); i++) {
            descendants.addAll(context.index.childrenOf(descendants.get(i).id));
        }
        return descendants;
    }
}
