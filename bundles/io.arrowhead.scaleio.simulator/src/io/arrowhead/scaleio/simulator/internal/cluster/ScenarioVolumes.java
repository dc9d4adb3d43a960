package io.arrowhead.scaleio.simulator.internal.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import io.arrowhead.scaleio.simulator.ClusterScenario;

/**
 * The volumes of a generated cluster: base volumes dealt round-robin over the pools (thick ones spread evenly
 * within each pool, so {@link ScenarioRules} can size the devices), some mapped with QoS, then snapshots of
 * base volumes, again balanced over the pools.
 */
final class ScenarioVolumes {

    private static final long KB_PER_GIB = 1024L * 1024L;
    private static final long[] IOPS_LIMITS = { 500, 1000, 2000, 5000 };
    private static final long[] BANDWIDTH_LIMITS_KBPS = { 10_240, 51_200, 102_400 };

    private final ClusterState state;
    private final ClusterScenario scenario;
    private final SplittableRandom random;
    private final long installedAt;
    private final long now;
    private final List<StoragePoolEntity> pools;
    private final List<SdcEntity> sdcs;

    ScenarioVolumes(ClusterState state, ClusterScenario scenario, SplittableRandom random, long installedAt,
            long now) {
        this.state = state;
        this.scenario = scenario;
        this.random = random;
        this.installedAt = installedAt;
        this.now = now;
        this.pools = new ArrayList<>(state.storagePools.values());
        this.sdcs = new ArrayList<>(state.sdcs.values());
    }

    void build() {
        int snapshots = ScenarioRules.snapshotCount(scenario.volumes(), scenario.snapshotPercent());
        int bases = scenario.volumes() - snapshots;
        List<List<VolumeEntity>> basesByPool = new ArrayList<>();
        pools.forEach(pool -> basesByPool.add(new ArrayList<>()));
        for (int index = 0; index < bases; index++) {
            int pool = index % pools.size();
            VolumeEntity volume = baseVolume(index, pools.get(pool), basesByPool.get(pool).size());
            basesByPool.get(pool).add(volume);
            map(volume);
        }
        basesByPool.removeIf(List::isEmpty);
        Map<String, Integer> snapshotsPerSource = new HashMap<>();
        for (int index = 0; index < snapshots; index++) {
            List<VolumeEntity> candidates = basesByPool.get(index % basesByPool.size());
            VolumeEntity source = candidates.get(random.nextInt(candidates.size()));
            int number = snapshotsPerSource.merge(source.id, 1, Integer::sum);
            snapshot(source, ScenarioNames.snapshot(source.name, number), bases + index);
        }
    }

    /** The {@code inPool}-th base volume of its pool is thick when it completes another thickPercent share. */
    private VolumeEntity baseVolume(int index, StoragePoolEntity pool, int inPool) {
        int thickPercent = scenario.thickPercent();
        boolean thick = (inPool + 1) * thickPercent / 100 > inPool * thickPercent / 100;
        long sizeKb = ScenarioRules.VOLUME_SIZES_GIB[random.nextInt(ScenarioRules.VOLUME_SIZES_GIB.length)]
                * KB_PER_GIB;
        String id = state.ids.next(WireType.VOLUME.wireName());
        String vtreeId = state.ids.next(WireType.VTREE.wireName());
        VolumeEntity volume = new VolumeEntity(id, ScenarioNames.volume(index), pool.id, vtreeId,
                thick ? VolumeKind.THICK : VolumeKind.THIN, sizeKb, createdAt(index), null, null);
        volume.writtenKb = sizeKb / 100 * (5 + random.nextInt(76));
        state.vtrees.put(vtreeId, new VTreeEntity(vtreeId, id, pool.id));
        state.volumes.put(id, volume);
        return volume;
    }

    private void map(VolumeEntity volume) {
        if (sdcs.isEmpty() || random.nextInt(100) >= scenario.mappedPercent()) {
            return;
        }
        MappingEntity mapping = new MappingEntity(sdcs.get(random.nextInt(sdcs.size())).id, Validation.READ_WRITE);
        if (random.nextInt(3) == 0) {
            mapping.iopsLimit = IOPS_LIMITS[random.nextInt(IOPS_LIMITS.length)];
            mapping.bandwidthLimitInKbps = BANDWIDTH_LIMITS_KBPS[random.nextInt(BANDWIDTH_LIMITS_KBPS.length)];
        }
        volume.mappings.add(mapping);
    }

    /** An unmapped, read-only snapshot in its own snapshot group, holding a little changed data. */
    private void snapshot(VolumeEntity source, String name, int index) {
        String groupId = state.ids.next(WireType.SNAPSHOT_GROUP);
        String id = state.ids.next(WireType.VOLUME.wireName());
        VolumeEntity snapshot = new VolumeEntity(id, name, source.storagePoolId, source.vtreeId, VolumeKind.SNAPSHOT,
                source.sizeInKb, createdAt(index), source.id, groupId);
        snapshot.writtenKb = source.sizeInKb / 1000 * random.nextInt(10);
        state.volumes.put(id, snapshot);
    }

    /** Creation times spread evenly from installation until now, in creation order. */
    private long createdAt(int index) {
        return installedAt + (now - installedAt) * (index + 1) / (scenario.volumes() + 1);
    }
}
