package io.arrowhead.scaleio.simulator.internal.stats;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

import io.arrowhead.scaleio.simulator.internal.cluster.ClusterState;
import io.arrowhead.scaleio.simulator.internal.cluster.VolumeEntity;

/**
 * Every volume's front-end traffic over one window, summed per SDC and per storage pool in a single pass over the
 * volumes. Domains and the system sum their pools.
 */
final class PerformanceRollup {

    private static final Traffic NONE = new Traffic();

    final int windowSeconds;
    private final Map<String, Traffic> bySdc = new HashMap<>();
    private final Map<String, Traffic> byPool = new HashMap<>();

    private PerformanceRollup(int windowSeconds) {
        this.windowSeconds = windowSeconds;
    }

    /** Sums the window of {@code windowSeconds} seconds that ends with {@code lastSecond}. */
    static PerformanceRollup over(ClusterState state, Workload workload, Predicate<String> poolRebuilding,
            long lastSecond, int windowSeconds) {
        PerformanceRollup rollup = new PerformanceRollup(windowSeconds);
        state.sdcs.keySet().forEach(id -> rollup.bySdc.put(id, new Traffic()));
        state.storagePools.keySet().forEach(id -> rollup.byPool.put(id, new Traffic()));
        VolumeTraffic traffic = new VolumeTraffic(state, workload, poolRebuilding);
        VolumeTraffic.ShareSink toSdc = (sdcId, share) -> rollup.bySdc.get(sdcId).add(share);
        for (VolumeEntity volume : state.volumes.values()) {
            traffic.compute(volume, lastSecond, windowSeconds, toSdc);
            Traffic pool = rollup.byPool.get(volume.storagePoolId);
            if (pool != null) {
                pool.add(traffic.total);
            }
        }
        return rollup;
    }

    /** The SDC's sum; never modify the answer. */
    Traffic sdc(String sdcId) {
        return bySdc.getOrDefault(sdcId, NONE);
    }

    /** The pool's sum; never modify the answer. */
    Traffic pool(String storagePoolId) {
        return byPool.getOrDefault(storagePoolId, NONE);
    }
}
