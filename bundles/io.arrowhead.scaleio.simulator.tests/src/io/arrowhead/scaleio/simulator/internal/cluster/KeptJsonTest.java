package io.arrowhead.scaleio.simulator.internal.cluster;

import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.action;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.createVolume;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.get;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.post;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.volume;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads join each object's kept JSON; every kind of change must show in the next list, single-object read and
 * whole-system snapshot, which must stay byte for byte what a generator writes from the state afresh.
 */
class KeptJsonTest {

    private final SimulatedCluster cluster = ClusterTestSupport.small();
    private final List<String> sdcs = ClusterTestSupport.sdcIds(cluster);
    private final String volumeId = createVolume(cluster, "kept", 16);

    @BeforeEach
    void keepEveryObjectsJson() {
        assertServedAsRenderedAfresh(); // reads every list, single object and the snapshot once
    }

    @Test
    void renameResizeAndAccessModeLimitShowInTheNextRead() {
        post(cluster, action(volumeId, "setVolumeName"), "{\"newName\":\"renamed\"}").assertEmptyObject();
        assertEquals("renamed", volume(cluster, volumeId).path("name").asText());
        post(cluster, action(volumeId, "setVolumeSize"), "{\"sizeInGB\":\"32\"}").assertEmptyObject();
        assertEquals(32L * ClusterTestSupport.GIB_KB, listed("Volume", volumeId).path("sizeInKb").asLong());
        post(cluster, action(volumeId, "setVolumeAccessModeLimit"), "{\"accessModeLimit\":\"ReadOnly\"}")
                .assertEmptyObject();
        assertEquals("ReadOnly", volume(cluster, volumeId).path("accessModeLimit").asText());
        assertServedAsRenderedAfresh();
    }

    @Test
    void mappingsTheirLimitsAndUnmappingShowInTheNextRead() {
        post(cluster, action(volumeId, "addMappedSdc"), "{\"sdcId\":\"" + sdcs.get(0) + "\"}").assertEmptyObject();
        assertEquals(sdcs.get(0), listed("Volume", volumeId).path("mappedSdcInfo").get(0).path("sdcId").asText());
        post(cluster, action(volumeId, "setMappedSdcLimits"),
                "{\"sdcId\":\"" + sdcs.get(0) + "\",\"iopsLimit\":\"500\"}").assertEmptyObject();
        assertEquals(500, volume(cluster, volumeId).path("mappedSdcInfo").get(0).path("limitIops").asLong());
        post(cluster, action(volumeId, "setVolumeMappingAccessMode"),
                "{\"sdcId\":\"" + sdcs.get(0) + "\",\"accessMode\":\"ReadOnly\"}").assertEmptyObject();
        assertEquals("ReadOnly", listed("Volume", volumeId).path("mappedSdcInfo").get(0).path("accessMode").asText());
        assertServedAsRenderedAfresh();
        post(cluster, action(volumeId, "removeMappedSdc"), "{\"sdcId\":\"" + sdcs.get(0) + "\"}").assertEmptyObject();
        assertTrue(volume(cluster, volumeId).path("mappedSdcInfo").isNull());
        assertServedAsRenderedAfresh();
    }

    @Test
    void createdSnapshottedAndRemovedVolumesShowInTheNextRead() {
        String created = createVolume(cluster, "created", 8);
        assertEquals("created", listed("Volume", created).path("name").asText());
        String snapshot = post(cluster, "/api/instances/System/action/snapshotVolumes",
                "{\"snapshotDefs\":[{\"volumeId\":\"" + created + "\",\"snapshotName\":\"snap\"}]}").json()
                .path("volumeIdList").get(0).asText();
        assertEquals(created, listed("Volume", snapshot).path("ancestorVolumeId").asText());
        assertServedAsRenderedAfresh();
        post(cluster, action(created, "removeVolume"), "{\"removeMode\":\"INCLUDING_DESCENDANTS\"}").assertOk();
        get(cluster, ClusterTestSupport.volumePath(created)).assertError(500, 79, "Could not find the volume");
        get(cluster, ClusterTestSupport.volumePath(snapshot)).assertError(500, 79, "Could not find the volume");
        assertServedAsRenderedAfresh();
    }

    @Test
    void anSdcsNewNameShowsInTheSdcAndInEveryVolumeMappedToIt() {
        post(cluster, action(volumeId, "addMappedSdc"), "{\"sdcId\":\"" + sdcs.get(1) + "\"}").assertEmptyObject();
        assertServedAsRenderedAfresh();
        post(cluster, "/api/instances/Sdc::" + sdcs.get(1) + "/action/setSdcName", "{\"sdcName\":\"renamed-sdc\"}")
                .assertEmptyObject();
        assertEquals("renamed-sdc", listed("Sdc", sdcs.get(1)).path("name").asText());
        assertEquals("renamed-sdc", volume(cluster, volumeId).path("mappedSdcInfo").get(0).path("sdcName").asText());
        assertServedAsRenderedAfresh();
    }

    @Test
    void theLabAgentsRegistrationAndDisconnectionShowInTheNextRead() {
        post(cluster, action(volumeId, "addMappedSdc"), "{\"sdcId\":\"" + sdcs.get(2) + "\"}").assertEmptyObject();
        assertServedAsRenderedAfresh();
        String guid = listed("Sdc", sdcs.get(2)).path("sdcGuid").asText();
        assertEquals(sdcs.get(2), cluster.registerSdc(guid, "192.0.2.77", "agent-host"));
        assertEquals("192.0.2.77", listed("Volume", volumeId).path("mappedSdcInfo").get(0).path("sdcIp").asText());
        assertEquals("agent-host", get(cluster, "/api/instances/Sdc::" + sdcs.get(2)).json().path("name").asText());
        cluster.setSdcConnected(guid, false);
        assertEquals("Disconnected", listed("Sdc", sdcs.get(2)).path("mdmConnectionState").asText());
        assertServedAsRenderedAfresh();
    }

    @Test
    void theSnapshotCountsChangesAndFailedDevicesLeaveTheObjectsAsTheyWere() {
        long before = get(cluster, "/api/instances").json().path("lastVolumeVersion").asLong();
        post(cluster, action(volumeId, "setVolumeName"), "{\"newName\":\"counted\"}").assertEmptyObject();
        assertEquals(before + 1, get(cluster, "/api/instances").json().path("lastVolumeVersion").asLong());
        String device = get(cluster, "/api/types/Device/instances").json().get(0).path("id").asText();
        cluster.deviceFailures().failDevice(device);
        assertServedAsRenderedAfresh();
        cluster.deviceFailures().restoreDevice(device);
        assertServedAsRenderedAfresh();
    }

    /** The listed object of the type with this id, read from its list. */
    private JsonNode listed(String type, String id) {
        for (JsonNode object : get(cluster, "/api/types/" + type + "/instances").json()) {
            if (object.path("id").asText().equals(id)) {
                return object;
            }
        }
        throw new AssertionError(type + " " + id + " is not listed");
    }

    private void assertServedAsRenderedAfresh() {
        FreshRendering.assertServed(cluster);
    }
}
