package io.arrowhead.scaleio.simulator.internal.cluster;

import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.action;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.createVolume;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.post;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.volume;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.Answer;

class SnapshotTest {

    private final SimulatedCluster cluster = ClusterTestSupport.small();
    private final String systemPath = "/api/instances/System::" + cluster.systemId() + "/action/snapshotVolumes";

    @Test
    void oneCallMakesOneGroupOfUnmappedReadOnlySnapshots() {
        String first = createVolume(cluster, "db", 16);
        String second = createVolume(cluster, "wal", 8);
        String sdcId = ClusterTestSupport.sdcIds(cluster).get(0);
        post(cluster, action(first, "addMappedSdc"), "{\"sdcId\":\"" + sdcId + "\"}").assertOk();
        Answer answer = post(cluster, systemPath, "{\"snapshotDefs\":[{\"volumeId\":\"" + first
                + "\",\"snapshotName\":\"db-snap\"},{\"volumeId\":\"" + second + "\",\"snapshotName\":\"wal-snap\"}]}");
        answer.assertOk();
        assertEquals(2, answer.json().size());
        String groupId = answer.json().path("snapshotGroupId").asText();
        assertTrue(groupId.matches("[0-9a-f]{16}"), groupId);
        JsonNode ids = answer.json().path("volumeIdList");
        assertEquals(2, ids.size());
        String[] sources = { first, second };
        for (int i = 0; i < 2; i++) {
            JsonNode source = volume(cluster, sources[i]);
            JsonNode snapshot = volume(cluster, ids.get(i).asText());
            assertEquals("Snapshot", snapshot.path("volumeType").asText());
            assertEquals(sources[i], snapshot.path("ancestorVolumeId").asText());
            assertEquals(source.path("vtreeId").asText(), snapshot.path("vtreeId").asText());
            assertEquals(source.path("sizeInKb").asLong(), snapshot.path("sizeInKb").asLong());
            assertEquals(groupId, snapshot.path("consistencyGroupId").asText());
            assertEquals("ReadOnly", snapshot.path("accessModeLimit").asText());
            assertTrue(snapshot.get("mappedSdcInfo").isNull());
            assertEquals("/api/instances/Volume::" + sources[i], snapshot.path("links").get(2).path("href").asText());
        }
        assertEquals("db-snap", volume(cluster, ids.get(0).asText()).path("name").asText());
    }

    @Test
    void theIdLessPathWorksAndEachCallGetsItsOwnGroup() {
        String id = createVolume(cluster, "cinder", 8);
        Answer first = post(cluster, "/api/instances/System/action/snapshotVolumes",
                "{\"snapshotDefs\":[{\"volumeId\":\"" + id + "\",\"snapshotName\":\"c1\"}]}");
        Answer second = post(cluster, "/api/instances/System/action/snapshotVolumes",
                "{\"snapshotDefs\":[{\"volumeId\":\"" + id + "\"}],\"accessModeLimit\":\"ReadWrite\"}");
        first.assertOk();
        second.assertOk();
        assertNotEquals(first.json().path("snapshotGroupId"), second.json().path("snapshotGroupId"));
        JsonNode unnamed = volume(cluster, second.json().path("volumeIdList").get(0).asText());
        assertEquals("snap-" + unnamed.path("id").asText(), unnamed.path("name").asText());
        assertEquals("ReadWrite", unnamed.path("accessModeLimit").asText());
    }

    @Test
    void aBadDefinitionCreatesNoSnapshotAtAll() {
        String id = createVolume(cluster, "source", 8);
        int before = volumeCount();
        post(cluster, systemPath, "{\"snapshotDefs\":[{\"volumeId\":\"" + id + "\",\"snapshotName\":\"ok\"},"
                + "{\"volumeId\":\"0123456789abcdef\",\"snapshotName\":\"bad\"}]}")
                .assertError(500, 79, "Could not find the volume");
        post(cluster, systemPath, "{\"snapshotDefs\":[{\"volumeId\":\"" + id + "\",\"snapshotName\":\"same\"},"
                + "{\"volumeId\":\"" + id + "\",\"snapshotName\":\"same\"}]}")
                .assertError(500, 99, "Volume name already in use. Please use a different name.");
        post(cluster, systemPath, "{\"snapshotDefs\":[{\"volumeId\":\"" + id + "\",\"snapshotName\":\"source\"}]}")
                .assertError(500, 99, "Volume name already in use. Please use a different name.");
        post(cluster, systemPath, "{\"snapshotDefs\":[]}").assertError(400, 0, "Request message is not valid: The "
                + "following parameter(s) must be part of the request body: snapshotDefs.");
        assertEquals(before, volumeCount());
    }

    @Test
    void anotherSystemIdIsRefused() {
        String id = createVolume(cluster, "elsewhere", 8);
        post(cluster, "/api/instances/System::0123456789abcdef/action/snapshotVolumes",
                "{\"snapshotDefs\":[{\"volumeId\":\"" + id + "\"}]}")
                .assertError(500, 202, "The system ID that you provided does not match the actual system ID");
    }

    private int volumeCount() {
        return ClusterTestSupport.get(cluster, "/api/types/Volume/instances").json().size();
    }
}
