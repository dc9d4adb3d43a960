package io.arrowhead.scaleio.client.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.arrowhead.scaleio.client.Fixtures;
import io.arrowhead.scaleio.client.internal.Json;

/**
 * {@code GET /api/instances}, assembled from the list fixtures plus the object types that have no fixture of their
 * own, with field names from the reference.
 */
class ClusterSnapshotTest {

    private static final String OTHER_OBJECTS = """
            {"sdsList":[{"id":"1f3e1a5f00000000","name":"sds-1","protectionDomainId":"74d855a900000000",
                "faultSetId":null,"ipList":[{"ip":"100.127.0.10","role":"all"}],"port":7072,"sdsState":"Normal",
                "membershipState":"Joined","mdmConnectionState":"Connected","maintenanceState":"NoMaintenance",
                "softwareVersionInfo":"R2_6.11000.0","drlMode":"Volatile","links":[]}],
             "deviceList":[{"id":"ebbdc47a00000000","name":null,"sdsId":"1f3e1a5f00000000",
                "storagePoolId":"40395b7b00000000","deviceCurrentPathName":"/dev/sdb","deviceOriginalPathName":"/dev/sdb",
                "deviceState":"Normal","errorState":"None","capacityLimitInKb":103808000,"maxCapacityInKb":103808000,
                "mediaType":"HDD","links":[{"rel":"/api/parent/relationship/sdsId",
                "href":"/api/instances/Sds::1f3e1a5f00000000"}]}],
             "faultSetList":[],
             "vTreeList":[{"id":"252fd6e300000000","name":null,"baseVolumeId":"993a355d00000000",
                "storagePoolId":"40395b7b00000000","links":[]}],
             "rfcacheDeviceList":[],"isDirty":false,"lastSystemVersion":3,"sessionTag":"7"}
            """;

    @Test
    void everyListOfTheSnapshotReads() throws Exception {
        ObjectNode answer = (ObjectNode) Fixtures.json(OTHER_OBJECTS);
        answer.set("System", Fixtures.json(Fixtures.read("system_instances.json")).get(0));
        answer.set("protectionDomainList", Fixtures.json(Fixtures.read("protection_domains.json")));
        answer.set("storagePoolList", Fixtures.json(Fixtures.read("storage_pools.json")));
        answer.set("sdcList", Fixtures.json(Fixtures.read("sdcs.json")));
        answer.set("volumeList", Fixtures.json(Fixtures.read("volumes.json")));

        ClusterSnapshot snapshot = Json.read(answer.toString(), ClusterSnapshot.class);

        assertEquals("499634a44778afc0", snapshot.system().id());
        assertEquals(1, snapshot.protectionDomainList().size());
        assertEquals(2, snapshot.storagePoolList().size());
        assertEquals(3, snapshot.sdcList().size());
        assertEquals(3, snapshot.volumeList().size());
        assertEquals(List.of(), snapshot.faultSetList());
        assertFalse(snapshot.isDirty());
        assertEquals("7", snapshot.sessionTag());

        Sds sds = snapshot.sdsList().get(0);
        assertEquals(List.of(new SdsIp("100.127.0.10", "all")), sds.ipList());
        assertEquals(7072, sds.port());
        assertEquals("Joined", sds.membershipState());
        assertNull(sds.faultSetId());

        Device device = snapshot.deviceList().get(0);
        assertEquals("/dev/sdb", device.deviceCurrentPathName());
        assertEquals(103808000L, device.maxCapacityInKb());
        assertEquals("/api/instances/Sds::1f3e1a5f00000000", device.link("/api/parent/relationship/sdsId").orElseThrow());

        VTree vtree = snapshot.vTreeList().get(0);
        assertEquals("993a355d00000000", vtree.baseVolumeId());
        assertNull(vtree.name());
    }

    @Test
    void missingListsAreEmpty() throws Exception {
        ClusterSnapshot snapshot = Json.read("{\"System\":null,\"volumeList\":null}", ClusterSnapshot.class);

        assertNull(snapshot.system());
        assertEquals(List.of(), snapshot.volumeList());
        assertEquals(List.of(), snapshot.vTreeList());
        assertEquals(List.of(), snapshot.sdsList());
    }

    @Test
    void faultSetsReadTheirDomain() throws Exception {
        JsonNode faultSet = Fixtures.json("{\"id\":\"a1b2c3d400000000\",\"name\":\"rack-1\","
                + "\"protectionDomainId\":\"74d855a900000000\",\"links\":[{\"rel\":\"self\","
                + "\"href\":\"/api/instances/FaultSet::a1b2c3d400000000\"}]}");

        FaultSet read = Json.read(faultSet.toString(), FaultSet.class);

        assertEquals(new FaultSet("a1b2c3d400000000", "rack-1", "74d855a900000000",
                List.of(new Link("self", "/api/instances/FaultSet::a1b2c3d400000000"))), read);
    }
}
