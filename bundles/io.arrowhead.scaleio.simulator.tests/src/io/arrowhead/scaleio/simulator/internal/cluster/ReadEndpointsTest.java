package io.arrowhead.scaleio.simulator.internal.cluster;

import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.fieldNames;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.get;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.rels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.Answer;

class ReadEndpointsTest {

    private final SimulatedCluster cluster = ClusterTestSupport.demo();

    @ParameterizedTest
    @ValueSource(strings = { "System", "ProtectionDomain", "StoragePool", "Sds", "Device", "Volume", "VTree", "Sdc",
            "FaultSet" })
    void everyTypeListsItsObjectsWithSelfLinksThatResolve(String type) {
        Answer list = get(cluster, "/api/types/" + type + "/instances");
        list.assertOk();
        assertTrue(list.json().isArray() && list.json().size() > 0, type);
        for (JsonNode object : list.json()) {
            String id = object.path("id").asText();
            assertTrue(id.matches("[0-9a-f]{16}"), id);
            JsonNode self = object.path("links").get(0);
            assertEquals("self", self.path("rel").asText());
            assertEquals("/api/instances/" + type + "::" + id, self.path("href").asText());
            Answer one = get(cluster, self.path("href").asText());
            one.assertOk();
            assertEquals(object, one.json());
        }
    }

    @Test
    void linkRelNamesAreThoseOfTheReference() {
        assertEquals(List.of("self", "/api/System/relationship/Statistics", "/api/System/relationship/ProtectionDomain",
                "/api/System/relationship/Sdc", "/api/System/relationship/User"), rels(first("System")));
        assertEquals(List.of("self", "/api/ProtectionDomain/relationship/Statistics",
                "/api/ProtectionDomain/relationship/StoragePool", "/api/ProtectionDomain/relationship/Sds",
                "/api/ProtectionDomain/relationship/FaultSet", "/api/parent/relationship/systemId"),
                rels(first("ProtectionDomain")));
        assertEquals(List.of("self", "/api/StoragePool/relationship/Statistics", "/api/StoragePool/relationship/SpSds",
                "/api/StoragePool/relationship/Volume", "/api/StoragePool/relationship/Device",
                "/api/StoragePool/relationship/VTree", "/api/parent/relationship/protectionDomainId"),
                rels(first("StoragePool")));
        assertEquals(List.of("self", "/api/Sdc/relationship/Statistics", "/api/Sdc/relationship/Volume",
                "/api/parent/relationship/systemId"), rels(first("Sdc")));
        assertEquals(List.of("self", "/api/VTree/relationship/Statistics", "/api/VTree/relationship/Volume",
                "/api/parent/relationship/baseVolumeId", "/api/parent/relationship/storagePoolId"),
                rels(first("VTree")));
        assertEquals(List.of("self", "/api/Device/relationship/Statistics", "/api/parent/relationship/sdsId",
                "/api/parent/relationship/storagePoolId"), rels(first("Device")));
    }

    @Test
    void volumesCarryTheFixtureFieldsAndSnapshotsAnAncestorLink() {
        JsonNode volumes = get(cluster, "/api/types/Volume/instances").json();
        boolean sawSnapshot = false;
        for (JsonNode volume : volumes) {
            assertEquals(VOLUME_FIELDS, fieldNames(volume));
            boolean snapshot = volume.path("volumeType").asText().equals("Snapshot");
            List<String> expected = snapshot
                    ? List.of("self", "/api/Volume/relationship/Statistics", "/api/parent/relationship/ancestorVolumeId",
                            "/api/parent/relationship/vtreeId", "/api/parent/relationship/storagePoolId")
                    : List.of("self", "/api/Volume/relationship/Statistics", "/api/parent/relationship/vtreeId",
                            "/api/parent/relationship/storagePoolId");
            assertEquals(expected, rels(volume));
            assertEquals(0, volume.path("sizeInKb").asLong() % (8 * ClusterTestSupport.GIB_KB));
            sawSnapshot |= snapshot;
        }
        assertTrue(sawSnapshot);
    }

    @Test
    void mappedSdcInfoIsNullWhenUnmappedAndCarriesTheThreeXKeysOtherwise() {
        boolean sawMapped = false;
        boolean sawUnmapped = false;
        for (JsonNode volume : get(cluster, "/api/types/Volume/instances").json()) {
            JsonNode info = volume.get("mappedSdcInfo");
            if (info.isNull()) {
                sawUnmapped = true;
            } else {
                sawMapped = true;
                assertEquals(List.of("accessMode", "isDirectBufferMapping", "limitBwInMbps", "limitIops", "sdcId",
                        "sdcIp", "sdcName"), fieldNames(info.get(0)));
            }
        }
        assertTrue(sawMapped && sawUnmapped);
    }

    @Test
    void sdcsAndSystemCarryTheFixtureFields() {
        assertEquals(List.of("id", "installedSoftwareVersionInfo", "kernelBuildNumber", "kernelVersion", "links",
                "mdmConnectionState", "memoryAllocationFailure", "name", "osType", "perfProfile", "sdcApproved",
                "sdcApprovedIps", "sdcGuid", "sdcIp", "socketAllocationFailure", "softwareVersionInfo", "systemId",
                "versionInfo"), fieldNames(first("Sdc")));
        JsonNode system = first("System");
        assertEquals(cluster.systemId(), system.path("id").asText());
        assertEquals("sim-system", system.path("name").asText());
        assertTrue(system.path("daysInstalled").asInt() >= 30);
        JsonNode mdm = system.path("mdmCluster");
        assertEquals("Manager", mdm.path("master").path("role").asText());
        assertEquals(1, mdm.path("slaves").size());
        assertEquals("TieBreaker", mdm.path("tieBreakers").get(0).path("role").asText());
        assertFalse(first("StoragePool").has("maxCapacityInKb"), "capacity is only in Statistics");
    }

    @Test
    void theWholeSystemSnapshotHasTheReferenceShape() {
        Answer all = get(cluster, "/api/instances");
        all.assertOk();
        List<String> keys = fieldNames(all.json());
        assertEquals(List.of("System", "protectionDomainList", "storagePoolList", "sdsList", "deviceList",
                "faultSetList", "sdcList", "volumeList", "vTreeList", "rfcacheDeviceList", "isDirty"),
                keys.subList(0, 11));
        assertTrue(keys.contains("lastSystemVersion") && keys.contains("lastVolumeVersion"));
        assertEquals("sessionTag", keys.get(keys.size() - 1));
        assertEquals(get(cluster, "/api/types/Volume/instances").json(), all.json().path("volumeList"));
        assertEquals(0, all.json().path("rfcacheDeviceList").size());
    }

    private JsonNode first(String type) {
        return get(cluster, "/api/types/" + type + "/instances").json().get(0);
    }

    /** The keys of fixtures/volumes.json, in order. */
    private static final List<String> VOLUME_FIELDS = List.of("accessModeLimit", "ancestorVolumeId",
            "autoSnapshotGroupId", "compressionMethod", "consistencyGroupId", "creationTime", "dataLayout", "id",
            "isObfuscated", "isVvol", "links", "lockedAutoSnapshot", "lockedAutoSnapshotMarkedForRemoval", "managedBy",
            "mappedScsiInitiatorInfo", "mappedSdcInfo", "mappingToAllSdcsEnabled", "name", "notGenuineSnapshot",
            "originalExpiryTime", "pairIds", "replicationJournalVolume", "replicationTimeStamp", "retentionLevels",
            "secureSnapshotExpTime", "sizeInKb", "snplIdOfAutoSnapshot", "snplIdOfSourceVolume", "storagePoolId",
            "timeStampIsAccurate", "useRmcache", "volumeReplicationState", "volumeType", "vtreeId");
}
