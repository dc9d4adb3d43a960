package io.arrowhead.scaleio.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.client.model.ClusterSnapshot;
import io.arrowhead.scaleio.client.model.ProtectionDomain;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.StoragePool;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.scaleio.client.model.VolumeType;

/** Lists, single objects, relationships, the whole-system snapshot and name lookups. */
class ReadRoundTripTest {

    private SimulatedGateway gateway;
    private GatewayClient client;

    @BeforeEach
    void startGateway() throws IOException {
        gateway = SimulatedGateway.start();
        client = gateway.client();
    }

    @AfterEach
    void stopGateway() throws IOException {
        gateway.close();
    }

    @Test
    void theWholeSystemSnapshotAgreesWithTheListsOfEachType() throws IOException {
        ClusterSnapshot snapshot = client.instances();

        assertEquals(client.systems().get(0).id(), snapshot.system().id());
        assertEquals(ids(client.protectionDomains(), ProtectionDomain::id), ids(snapshot.protectionDomainList(), ProtectionDomain::id));
        assertEquals(ids(client.storagePools(), StoragePool::id), ids(snapshot.storagePoolList(), StoragePool::id));
        assertEquals(ids(client.volumes(), Volume::id), ids(snapshot.volumeList(), Volume::id));
        assertEquals(ids(client.sdcs(), Sdc::id), ids(snapshot.sdcList(), Sdc::id));
        assertEquals(client.sdss().size(), snapshot.sdsList().size());
        assertEquals(client.devices().size(), snapshot.deviceList().size());
        assertEquals(client.vtrees().size(), snapshot.vTreeList().size());
        assertEquals(client.faultSets().size(), snapshot.faultSetList().size());
    }

    @Test
    void theDemoClusterHasEveryKindOfObject() throws IOException {
        ClusterSnapshot snapshot = client.instances();

        assertEquals(2, snapshot.protectionDomainList().size());
        assertEquals(4, snapshot.storagePoolList().size());
        assertEquals(6, snapshot.sdcList().size());
        assertFalse(snapshot.sdsList().isEmpty());
        assertFalse(snapshot.deviceList().isEmpty());
        assertTrue(snapshot.volumeList().stream().anyMatch(Volume::isMapped));
        assertTrue(snapshot.volumeList().stream().anyMatch(Volume::isSnapshot));
        assertTrue(snapshot.sdcList().stream().anyMatch(sdc -> !sdc.isConnected()));
    }

    @Test
    void relationshipsFollowTheLinks() throws IOException {
        String systemId = client.systems().get(0).id();
        ProtectionDomain domain = client.protectionDomains().get(0);
        StoragePool pool = client.related(ObjectType.PROTECTION_DOMAIN, domain.id(), ObjectType.STORAGE_POOL).get(0);

        List<ProtectionDomain> domains = client.related(ObjectType.SYSTEM, systemId, ObjectType.PROTECTION_DOMAIN);
        List<Volume> volumes = client.related(ObjectType.STORAGE_POOL, pool.id(), ObjectType.VOLUME);

        assertEquals(ids(client.protectionDomains(), ProtectionDomain::id), ids(domains, ProtectionDomain::id));
        assertEquals(domain.id(), pool.protectionDomainId());
        assertTrue(volumes.stream().allMatch(volume -> volume.storagePoolId().equals(pool.id())));
        assertEquals(client.volumes().stream().filter(volume -> volume.storagePoolId().equals(pool.id())).count(),
                volumes.size());
        assertEquals("/api/instances/ProtectionDomain::" + domain.id(),
                pool.link("/api/parent/relationship/protectionDomainId").orElseThrow());
    }

    @Test
    void getByIdAnswersTheSameObjectAsTheList() throws IOException {
        Sdc listed = client.sdcs().get(0);

        Sdc fetched = client.get(ObjectType.SDC, listed.id());

        assertEquals(listed, fetched);
    }

    @Test
    void idsAreLookedUpByNameAndByIp() throws IOException {
        Volume volume = client.volumes().get(0);
        Sdc sdc = client.sdcs().get(0);
        ProtectionDomain domain = client.protectionDomains().get(0);

        assertEquals(volume.id(), client.volumeIdByName(volume.name()));
        assertEquals(sdc.id(), client.sdcIdByIp(sdc.sdcIp()));
        assertEquals(domain.id(), client.queryIdByKey(ObjectType.PROTECTION_DOMAIN, "name", domain.name()));
    }

    @Test
    void idsThatAreNotIdsNeverReachTheGateway() {
        assertThrows(IllegalArgumentException.class, () -> client.get(ObjectType.VOLUME, "../../login"));
        assertThrows(IllegalArgumentException.class, () -> client.get(ObjectType.VOLUME, "0123456789abcde"));
    }

    @Test
    void snapshotsOfSeveralVolumesFormOneGroupInTheirVTrees() throws IOException {
        String poolId = client.storagePools().get(0).id();
        String a = client.createVolume(VolumeRequest.ofGib(poolId, "group-a", 8, VolumeType.THIN_PROVISIONED));
        String b = client.createVolume(VolumeRequest.ofGib(poolId, "group-b", 16, VolumeType.THIN_PROVISIONED));

        SnapshotGroup group = client.snapshotVolumes(null,
                List.of(new SnapshotDefinition(a, "group-a-snap"), new SnapshotDefinition(b, "group-b-snap")));

        assertEquals(2, group.volumeIds().size());
        for (String snapshotId : group.volumeIds()) {
            Volume snapshot = client.get(ObjectType.VOLUME, snapshotId);
            Volume source = client.get(ObjectType.VOLUME, snapshot.ancestorVolumeId());
            assertTrue(snapshot.isSnapshot());
            assertEquals(group.snapshotGroupId(), snapshot.consistencyGroupId());
            assertEquals(source.vtreeId(), snapshot.vtreeId());
            assertEquals(source.sizeInKb(), snapshot.sizeInKb());
            assertFalse(snapshot.isMapped());
            assertEquals("/api/instances/Volume::" + source.id(),
                    snapshot.link("/api/parent/relationship/ancestorVolumeId").orElseThrow());
        }
    }

    @Test
    void aSnapshotGroupWithOneBadNameCreatesNothing() throws IOException {
        String poolId = client.storagePools().get(0).id();
        String a = client.createVolume(VolumeRequest.ofGib(poolId, "all-or-nothing", 8, VolumeType.THIN_PROVISIONED));
        int before = client.volumes().size();

        GatewayException clash = assertThrows(GatewayException.class, () -> client.snapshotVolumes(
                gateway.simulator.systemId(),
                List.of(new SnapshotDefinition(a, "fresh-name"), new SnapshotDefinition(a, "all-or-nothing"))));

        assertEquals(GatewayErrorCode.VOL_NAME_IN_USE, clash.errorCode());
        assertEquals(before, client.volumes().size());
    }

    @Test
    void anSdcIsRenamedAndANameInUseIsRefused() throws IOException {
        List<Sdc> sdcs = client.sdcs();
        Sdc first = sdcs.get(0);

        client.setSdcName(first.id(), "renamed-host");
        GatewayException clash = assertThrows(GatewayException.class,
                () -> client.setSdcName(sdcs.get(1).id(), "renamed-host"));

        assertEquals("renamed-host", client.get(ObjectType.SDC, first.id()).name());
        assertEquals(500, clash.httpStatus());
        assertEquals(sdcs.get(1).name(), client.get(ObjectType.SDC, sdcs.get(1).id()).name());
    }

    private static <T> Set<String> ids(List<T> objects, Function<T, String> id) {
        return objects.stream().map(id).collect(Collectors.toSet());
    }
}
