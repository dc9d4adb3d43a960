package io.arrowhead.scaleio.simulator.internal.stats;

import java.util.HashMap;
import java.util.Map;

import io.arrowhead.scaleio.simulator.internal.cluster.ClusterState;
import io.arrowhead.scaleio.simulator.internal.cluster.DeviceEntity;
import io.arrowhead.scaleio.simulator.internal.cluster.VolumeEntity;

/**
 * What one statistics call sees: the state (under the caller's read lock), the second it reports and what derives
 * from them, each computed at most once and only when a requested property needs it. Not thread-safe; one per call.
 */
final class StatisticsContext {

    /** Back-end counters of pools, domains, the system and devices cover five seconds, as in the real samples. */
    static final int BACK_END_WINDOW_SECONDS = 5;

    final ClusterState state;
    final ClusterIndex index;
    /** The last complete second; volumes and SDCs report its one-second window. */
    final long lastSecond;
    private final Workload workload;
    private final Map<String, PoolFigures> figuresByPool = new HashMap<>();
    private final Map<String, RebuildTraffic> rebuildByPool = new HashMap<>();
    /** Asked once per volume, so kept per pool. */
    private final Map<String, Boolean> rebuildingByPool = new HashMap<>();
    private PerformanceRollup userData;
    private PerformanceRollup backEnd;
    private VolumeTraffic volumeTraffic;
    private VolumeSubject volumeSubject;

    StatisticsContext(ClusterState state, Workload workload, long lastSecond) {
        this.state = state;
        this.index = new ClusterIndex(state);
        this.workload = workload;
        this.lastSecond = lastSecond;
    }

    /** The capacity figures of an existing pool. */
    PoolFigures figuresOf(String poolId) {
        return figuresByPool.computeIfAbsent(poolId, id -> CapacityCalculator.of(state.storagePools.get(id),
                index.devicesOfPool(id), index.volumesOfPool(id), index.vtreesOfPool(id).size(), state, lastSecond));
    }

    /** An existing pool's rebuild and rebalance traffic over the back-end window. */
    RebuildTraffic rebuildOf(String poolId) {
        return rebuildByPool.computeIfAbsent(poolId, id -> RebuildTraffic.of(index.devicesOfPool(id), figuresOf(id),
                lastSecond, BACK_END_WINDOW_SECONDS));
    }

    /** Whether an existing pool moved data for a rebuild or rebalance during the back-end window. */
    private boolean rebuilding(String poolId) {
        Boolean known = rebuildingByPool.get(poolId);
        if (known == null) {
            known = hadOutage(poolId) && rebuildOf(poolId).active();
            rebuildingByPool.put(poolId, known);
        }
        return known;
    }

    private boolean hadOutage(String poolId) {
        for (DeviceEntity device : index.devicesOfPool(poolId)) {
            if (device.outage != null) {
                return true;
            }
        }
        return false;
    }

    /** Front-end traffic over the last second, per SDC and per pool. */
    PerformanceRollup userData() {
        if (userData == null) {
            userData = PerformanceRollup.over(state, workload, this::rebuilding, lastSecond, 1);
        }
        return userData;
    }

    /** Front-end traffic over the back-end window, per pool; back-end counters derive from it. */
    PerformanceRollup backEnd() {
        if (backEnd == null) {
            backEnd = PerformanceRollup.over(state, workload, this::rebuilding, lastSecond,
                    BACK_END_WINDOW_SECONDS);
        }
        return backEnd;
    }

    /** The call's one volume subject, moved to the given volume; the previous volume's use of it ends here. */
    VolumeSubject volumeSubject(VolumeEntity volume) {
        if (volumeSubject == null) {
            volumeSubject = new VolumeSubject(this);
        }
        return volumeSubject.reset(volume);
    }

    /** A calculator for single volumes, shared by all volumes of this call. */
    VolumeTraffic volumeTraffic() {
        if (volumeTraffic == null) {
            volumeTraffic = new VolumeTraffic(state, workload, this::rebuilding);
        }
        return volumeTraffic;
    }
}
