package io.arrowhead.scaleio.simulator;

import java.io.IOException;
import java.nio.file.Path;

import io.arrowhead.scaleio.simulator.internal.cluster.ScenarioFile;
import io.arrowhead.scaleio.simulator.internal.cluster.ScenarioRules;

/**
 * The shape of a simulated ScaleIO cluster. The same scenario (seed included) always builds the same cluster:
 * the same ids, names, GUIDs, IPs, sizes and mappings.
 *
 * @param seed drives every random choice
 * @param systemName the System's name (at most 31 ASCII letters, digits or punctuation characters)
 * @param protectionDomains 1 to 64
 * @param pools storage pools in total, dealt round-robin over the protection domains (at least one each)
 * @param sdssPerProtectionDomain SDS servers per protection domain; with three or more they form three fault sets
 * @param devicesPerSds disks per SDS, dealt round-robin over the pools of its domain (at least one per pool)
 * @param deviceCapacityGib size of every disk, large enough for the volumes (see {@link ScenarioRules})
 * @param volumes volumes in total, snapshots included
 * @param snapshotPercent share of {@code volumes} that are snapshots of the others
 * @param mappedPercent share of base volumes mapped to an SDC (a third of those with QoS limits)
 * @param thickPercent share of base volumes that are thick-provisioned
 * @param sdcs data clients, named compute-01, compute-02, ...
 * @param disconnectedSdcs how many of them are Disconnected
 */
public record ClusterScenario(long seed, String systemName, int protectionDomains, int pools,
        int sdssPerProtectionDomain, int devicesPerSds, int deviceCapacityGib, int volumes, int snapshotPercent,
        int mappedPercent, int thickPercent, int sdcs, int disconnectedSdcs) {

    public static final long DEFAULT_SEED = 0x5ca1e10L;

    public ClusterScenario {
        ScenarioRules.check(systemName, protectionDomains, pools, sdssPerProtectionDomain, devicesPerSds,
                deviceCapacityGib, volumes, snapshotPercent, mappedPercent, thickPercent, sdcs, disconnectedSdcs);
    }

    /** Two protection domains, four pools on three SDSs each, about 60 volumes and six Docker hosts. */
    public static ClusterScenario demo() {
        return new ClusterScenario(DEFAULT_SEED, "sim-system", 2, 4, 3, 2, 1024, 60, 10, 40, 20, 6, 2);
    }

    /** A large cluster for load tests, such as 32,768 volumes on 1,024 SDCs in 16 pools. */
    public static ClusterScenario scale(int volumes, int sdcs, int pools) {
        int domains = Math.max(1, (pools + 7) / 8);
        return resized(new ClusterScenario(DEFAULT_SEED, "sim-scale", domains, Math.max(pools, domains), 8,
                ScenarioRules.poolsPerProtectionDomain(domains, pools), 1, 0, 10, 50, 10, sdcs, sdcs / 32), volumes);
    }

    /** Reads {@code key=value} lines named like the fields; absent keys keep {@link #demo()}'s values. */
    public static ClusterScenario load(Path propertiesFile) throws IOException {
        return ScenarioFile.load(propertiesFile);
    }

    public ClusterScenario withSeed(long newSeed) {
        return new ClusterScenario(newSeed, systemName, protectionDomains, pools, sdssPerProtectionDomain,
                devicesPerSds, deviceCapacityGib, volumes, snapshotPercent, mappedPercent, thickPercent, sdcs,
                disconnectedSdcs);
    }

    /** The same scenario with more or fewer volumes; the devices grow if the volumes need it. */
    public ClusterScenario withVolumes(int newVolumes) {
        return resized(this, newVolumes);
    }

    public ClusterScenario withSdcs(int newSdcs) {
        return new ClusterScenario(seed, systemName, protectionDomains, pools, sdssPerProtectionDomain,
                devicesPerSds, deviceCapacityGib, volumes, snapshotPercent, mappedPercent, thickPercent, newSdcs,
                Math.min(disconnectedSdcs, Math.max(0, newSdcs)));
    }

    /** The same scenario with another pool count; SDSs get enough devices, devices enough capacity. */
    public ClusterScenario withPools(int newPools) {
        int domains = Math.max(1, Math.min(protectionDomains, newPools));
        return regrouped(domains, newPools);
    }

    /** The same scenario over another number of protection domains (pools grow to one per domain at least). */
    public ClusterScenario withProtectionDomains(int newProtectionDomains) {
        return regrouped(newProtectionDomains, Math.max(pools, newProtectionDomains));
    }

    private ClusterScenario regrouped(int domains, int newPools) {
        int devices = Math.max(devicesPerSds, ScenarioRules.poolsPerProtectionDomain(domains, newPools));
        int capacity = (int) Math.min(Integer.MAX_VALUE, Math.max(deviceCapacityGib, ScenarioRules
                .requiredDeviceCapacityGib(domains, newPools, sdssPerProtectionDomain, devices, volumes,
                        snapshotPercent, thickPercent)));
        return new ClusterScenario(seed, systemName, domains, newPools, sdssPerProtectionDomain, devices, capacity,
                volumes, snapshotPercent, mappedPercent, thickPercent, sdcs, disconnectedSdcs);
    }

    private static ClusterScenario resized(ClusterScenario base, int newVolumes) {
        int capacity = (int) Math.min(Integer.MAX_VALUE, Math.max(base.deviceCapacityGib, ScenarioRules
                .requiredDeviceCapacityGib(base.protectionDomains, base.pools, base.sdssPerProtectionDomain,
                        base.devicesPerSds, newVolumes, base.snapshotPercent, base.thickPercent)));
        return new ClusterScenario(base.seed, base.systemName, base.protectionDomains, base.pools,
                base.sdssPerProtectionDomain, base.devicesPerSds, capacity, newVolumes, base.snapshotPercent,
                base.mappedPercent, base.thickPercent, base.sdcs, base.disconnectedSdcs);
    }
}
