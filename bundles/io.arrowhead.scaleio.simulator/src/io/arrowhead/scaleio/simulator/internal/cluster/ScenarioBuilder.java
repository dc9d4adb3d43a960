package io.arrowhead.scaleio.simulator.internal.cluster;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.arrowhead.scaleio.simulator.ClusterScenario;
import io.arrowhead.scaleio.simulator.internal.ObjectIdAllocator;

/**
 * Builds the cluster a scenario describes. Every choice comes from one random sequence seeded by the scenario, in
 * a fixed order, so the same scenario gives the same cluster; only times follow the clock.
 */
public final class ScenarioBuilder {

    private static final long SECONDS_PER_DAY = 86_400L;
    private static final long KB_PER_GIB = 1024L * 1024L;

    private final ClusterScenario scenario;
    private final SplittableRandom random;
    private ClusterState state;

    private ScenarioBuilder(ClusterScenario scenario) {
        this.scenario = scenario;
        this.random = new SplittableRandom(scenario.seed());
    }

    public static ClusterState build(ClusterScenario scenario, Clock clock) {
        return new ScenarioBuilder(scenario).build(clock.instant().getEpochSecond());
    }

    private ClusterState build(long now) {
        long installedAt = now - SECONDS_PER_DAY * (30 + random.nextInt(400));
        SystemEntity system = new SystemEntity(ScenarioNames.hexId(random), scenario.systemName(),
                ScenarioNames.hexId(random), installedAt);
        state = new ClusterState(system, new ObjectIdAllocator(scenario.seed()));
        for (int domain = 0; domain < scenario.protectionDomains(); domain++) {
            ProtectionDomainEntity entity = new ProtectionDomainEntity(next(WireType.PROTECTION_DOMAIN),
                    ScenarioNames.protectionDomain(domain));
            state.protectionDomains.put(entity.id, entity);
        }
        List<List<StoragePoolEntity>> poolsByDomain = buildPools();
        int domain = 0;
        for (ProtectionDomainEntity entity : state.protectionDomains.values()) {
            buildServers(domain, entity, poolsByDomain.get(domain));
            domain++;
        }
        buildSdcs();
        new ScenarioVolumes(state, scenario, random, installedAt, now).build();
        return state;
    }

    /** Pools dealt round-robin over the domains, alternating SSD and HDD. */
    private List<List<StoragePoolEntity>> buildPools() {
        List<ProtectionDomainEntity> domains = new ArrayList<>(state.protectionDomains.values());
        List<List<StoragePoolEntity>> poolsByDomain = new ArrayList<>();
        domains.forEach(d -> poolsByDomain.add(new ArrayList<>()));
        for (int index = 0; index < scenario.pools(); index++) {
            String mediaType = index % 2 == 0 ? "SSD" : "HDD";
            StoragePoolEntity pool = new StoragePoolEntity(next(WireType.STORAGE_POOL),
                    ScenarioNames.pool(index, mediaType), domains.get(index % domains.size()).id);
            pool.mediaType = mediaType;
            pool.sparePercentage = ScenarioRules.SPARE_PERCENT;
            state.storagePools.put(pool.id, pool);
            poolsByDomain.get(index % domains.size()).add(pool);
        }
        return poolsByDomain;
    }

    /** The domain's SDSs (in three fault sets when there are at least three) and their disks. */
    private void buildServers(int domain, ProtectionDomainEntity entity, List<StoragePoolEntity> pools) {
        List<String> faultSetIds = new ArrayList<>();
        if (scenario.sdssPerProtectionDomain() >= ScenarioNames.faultSetCount()) {
            for (int index = 0; index < ScenarioNames.faultSetCount(); index++) {
                FaultSetEntity faultSet = new FaultSetEntity(next(WireType.FAULT_SET),
                        ScenarioNames.faultSet(domain, index), entity.id);
                state.faultSets.put(faultSet.id, faultSet);
                faultSetIds.add(faultSet.id);
            }
        }
        long capacityKb = scenario.deviceCapacityGib() * KB_PER_GIB;
        for (int index = 0; index < scenario.sdssPerProtectionDomain(); index++) {
            String faultSetId = faultSetIds.isEmpty() ? null : faultSetIds.get(index % faultSetIds.size());
            SdsEntity sds = new SdsEntity(next(WireType.SDS), ScenarioNames.sds(domain, index), entity.id,
                    faultSetId, ScenarioNames.sdsIp(domain, index));
            state.sdss.put(sds.id, sds);
            for (int disk = 0; disk < scenario.devicesPerSds(); disk++) {
                String diskName = ScenarioNames.disk(disk);
                DeviceEntity device = new DeviceEntity(next(WireType.DEVICE), sds.name + "-" + diskName, sds.id,
                        pools.get(disk % pools.size()).id, "/dev/" + diskName, capacityKb);
                state.devices.put(device.id, device);
            }
        }
    }

    private void buildSdcs() {
        boolean[] disconnected = new boolean[scenario.sdcs()];
        for (int chosen = 0; chosen < scenario.disconnectedSdcs();) {
            int index = random.nextInt(scenario.sdcs());
            if (!disconnected[index]) {
                disconnected[index] = true;
                chosen++;
            }
        }
        for (int index = 0; index < scenario.sdcs(); index++) {
            SdcEntity sdc = new SdcEntity(next(WireType.SDC), ScenarioNames.sdc(index), ScenarioNames.guid(random),
                    ScenarioNames.sdcIp(index), !disconnected[index]);
            state.sdcs.put(sdc.id, sdc);
        }
    }

    private String next(WireType type) {
        return state.ids.next(type.wireName());
    }
}
