package io.arrowhead.scaleio.client.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.client.Fixtures;
import io.arrowhead.scaleio.client.internal.Json;

class ModelFixturesTest {

    @Test
    void system() throws Exception {
        ScaleIoSystem system = single(Json.readList(Fixtures.read("system_instances.json"), ScaleIoSystem.class));

        assertEquals("499634a44778afc0", system.id());
        assertEquals("sim-system", system.name());
        assertEquals("DellEMC ScaleIO Version: R2_6.11000.113", system.systemVersionName());
        assertEquals("3e9fc5811a7efb00", system.installId());
        assertEquals("", system.swid());
        assertEquals(16, system.daysInstalled());
        assertEquals("Unlimited", system.maxCapacityInGb());
        assertEquals("Unlimited", system.capacityTimeLeftInDays());
        assertTrue(system.enterpriseFeaturesEnabled());
        assertTrue(system.isInitialLicense());
        assertEquals(80, system.capacityAlertHighThresholdPercent());
        assertEquals(90, system.capacityAlertCriticalThresholdPercent());
        assertFalse(system.restrictedSdcModeEnabled());
        assertEquals("None", system.restrictedSdcMode());
        assertEquals("Default", system.perfProfile());
        assertEquals(6611, system.mdmManagementPort());
        assertEquals("TLSv1.2", system.tlsVersion());
        assertEquals("NoUpgrade", system.upgradeState());
        assertEquals(Optional.of("/api/instances/System::499634a44778afc0/relationships/Sdc"),
                system.link("/api/System/relationship/Sdc"));
        assertEquals(5, system.links().size());
    }

    @Test
    void mdmCluster() throws Exception {
        MdmCluster cluster = single(Json.readList(Fixtures.read("system_instances.json"), ScaleIoSystem.class))
                .mdmCluster();

        assertEquals("ThreeNodes", cluster.clusterMode());
        assertEquals("ClusteredNormal", cluster.clusterState());
        assertEquals(3, cluster.goodNodesNum());
        assertEquals(2, cluster.goodReplicasNum());
        assertEquals("5302483491453710272", cluster.id());
        assertEquals(new MdmNode("65ed0ee3247d0a00", "Manager1", List.of("100.127.0.10"), List.of("100.127.0.10"), 9011,
                "Manager", null, "R2_6.11000.0"), cluster.master());
        assertEquals("Manager2", single(cluster.slaves()).name());
        assertEquals("Normal", single(cluster.slaves()).status());
        assertEquals("TieBreaker", single(cluster.tieBreakers()).role());
        assertEquals("35bf9d62661a6db2", single(cluster.tieBreakers()).id());
    }

    @Test
    void standbyManagersAreAlsoReadFromWorker() throws Exception {
        MdmCluster cluster = Json.read("{\"worker\":[{\"id\":\"4cc44104130ce7b1\"}],\"tieBreakers\":null}",
                MdmCluster.class);

        assertEquals("4cc44104130ce7b1", single(cluster.slaves()).id());
        assertEquals(List.of(), cluster.tieBreakers());
    }

    @Test
    void protectionDomain() throws Exception {
        ProtectionDomain domain = single(Json.readList(Fixtures.read("protection_domains.json"), ProtectionDomain.class));

        assertEquals("74d855a900000000", domain.id());
        assertEquals("default", domain.name());
        assertEquals("499634a44778afc0", domain.systemId());
        assertEquals("Active", domain.protectionDomainState());
        assertNull(domain.rebuildNetworkThrottlingInKbps());
        assertFalse(domain.rebuildNetworkThrottlingEnabled());
        assertNull(domain.overallIoNetworkThrottlingInKbps());
        assertTrue(domain.rfcacheEnabled());
        assertEquals(Optional.of("/api/instances/System::499634a44778afc0"),
                domain.link("/api/parent/relationship/systemId"));
    }

    @Test
    void storagePools() throws Exception {
        List<StoragePool> pools = Json.readList(Fixtures.read("storage_pools.json"), StoragePool.class);

        assertEquals(List.of("MyStoragePool", "pool2"), pools.stream().map(StoragePool::name).toList());
        StoragePool pool = pools.get(0);
        assertEquals("40395b7b00000000", pool.id());
        assertEquals("74d855a900000000", pool.protectionDomainId());
        assertEquals(10, pool.sparePercentage());
        assertFalse(pool.zeroPaddingEnabled());
        assertFalse(pool.useRmcache());
        assertTrue(pool.rebuildEnabled());
        assertEquals(80, pool.capacityAlertHighThreshold());
        assertEquals(90, pool.capacityAlertCriticalThreshold());
        assertEquals("HDD", pool.mediaType());
        assertEquals("MediumGranularity", pool.dataLayout());
        assertEquals("Invalid", pool.compressionMethod());
        assertEquals(Optional.of("/api/instances/StoragePool::40395b7b00000000/relationships/SpSds"),
                pool.link("/api/StoragePool/relationship/SpSds"));
        assertEquals("4039828b00000001", pools.get(1).id());
    }

    @Test
    void sdcs() throws Exception {
        List<Sdc> sdcs = Json.readList(Fixtures.read("sdcs.json"), Sdc.class);

        assertEquals(List.of("974F4AC7-FF37-4909-8713-D1BD3F002843", "5D2B24F9-5D49-4688-A67D-88AF8790BC05",
                "B71F01AE-FF7A-47C5-A303-583FFD416818"), sdcs.stream().map(Sdc::sdcGuid).toList());
        Sdc first = sdcs.get(0);
        assertEquals("6076fd0f00000000", first.id());
        assertEquals("docker-host-1", first.name());
        assertEquals("100.127.0.10", first.sdcIp());
        assertEquals(List.of(), first.sdcIps());
        assertTrue(first.sdcApproved());
        assertEquals("Linux", first.osType());
        assertEquals("R2_6.11000.0", first.installedSoftwareVersionInfo());
        assertEquals("4.15.18", first.kernelVersion());
        assertEquals("499634a44778afc0", first.systemId());
        assertTrue(first.isConnected());
        assertNull(sdcs.get(1).name());
        assertFalse(sdcs.get(2).isConnected());
        assertEquals(Optional.of("/api/instances/Sdc::6076fd1100000002/relationships/Volume"),
                sdcs.get(2).link("/api/Sdc/relationship/Volume"));
    }

    private static <T> T single(List<T> list) {
        assertEquals(1, list.size(), list::toString);
        return list.get(0);
    }
}
