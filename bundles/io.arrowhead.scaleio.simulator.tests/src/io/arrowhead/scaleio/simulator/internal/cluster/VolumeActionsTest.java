package io.arrowhead.scaleio.simulator.internal.cluster;

import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.GIB_KB;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.action;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.createVolume;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.get;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.post;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.volume;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.volumePath;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VolumeActionsTest {

    private final SimulatedCluster cluster = ClusterTestSupport.small();

    @Test
    void renameChecksNamesAndUniqueness() {
        String id = createVolume(cluster, "before", 8);
        createVolume(cluster, "taken", 8);
        post(cluster, action(id, "setVolumeName"), "{\"newName\":\"after\",\"volumeClass\":\"defaultclass\"}")
                .assertEmptyObject();
        assertEquals("after", volume(cluster, id).path("name").asText());
        post(cluster, action(id, "setVolumeName"), "{\"newName\":\"after\"}").assertEmptyObject();
        post(cluster, action(id, "setVolumeName"), "{\"newName\":\"taken\"}")
                .assertError(500, 99, "Volume name already in use. Please use a different name.");
        post(cluster, action(id, "setVolumeName"), "{\"newName\":\"a b\"}").assertError(500, 227,
                "The given name contains invalid characters. Use alphanumeric and punctuation characters only. "
                        + "Spaces are not allowed.");
        post(cluster, action(id, "setVolumeName"), "{}").assertError(400, 0,
                "Request message is not valid: The following parameter(s) must be part of the request body: "
                        + "newName.");
        post(cluster, action("0123456789abcdef", "setVolumeName"), "{\"newName\":\"x\"}")
                .assertError(500, 79, "Could not find the volume");
    }

    @Test
    void resizeRoundsUpGrowsOnlyAndAcceptsTheSameSize() {
        String id = createVolume(cluster, "grow", 8);
        post(cluster, action(id, "setVolumeSize"), "{\"sizeInGB\":\"16\"}").assertEmptyObject();
        assertEquals(16 * GIB_KB, volume(cluster, id).path("sizeInKb").asLong());
        post(cluster, action(id, "setVolumeSize"), "{\"sizeInGB\":\"20\"}").assertEmptyObject();
        assertEquals(24 * GIB_KB, volume(cluster, id).path("sizeInKb").asLong());
        post(cluster, action(id, "setVolumeSize"), "{\"sizeInGB\":\"24\"}").assertEmptyObject();
        post(cluster, action(id, "setVolumeSize"), "{\"sizeInGB\":\"8\"}")
                .assertError(500, 133, "Volume capacity can only be increased");
        assertEquals(24 * GIB_KB, volume(cluster, id).path("sizeInKb").asLong());
        post(cluster, action(id, "setVolumeSize"), "{\"sizeInGB\":\"100000\"}")
                .assertError(500, 313, "Requested volume size exceeds the volume allocation limit");
    }

    @Test
    void removeOnlyMeTwiceAnswersNotFoundTheSecondTime() {
        String id = createVolume(cluster, "doomed", 8);
        String vtreeId = volume(cluster, id).path("vtreeId").asText();
        post(cluster, action(id, "removeVolume"), "{\"removeMode\":\"ONLY_ME\",\"volumeClass\":\"defaultclass\"}")
                .assertEmptyObject();
        get(cluster, volumePath(id)).assertError(500, 79, "Could not find the volume");
        get(cluster, "/api/instances/VTree::" + vtreeId).assertError(500, 3, "Not found");
        post(cluster, action(id, "removeVolume"), "{\"removeMode\":\"ONLY_ME\"}")
                .assertError(500, 79, "Could not find the volume");
    }

    @Test
    void aBadRemoveModeIsNamedInTheMessage() {
        String id = createVolume(cluster, "kept", 8);
        post(cluster, action(id, "removeVolume"), "{\"removeMode\":\"Uknown\"}").assertError(400, 0,
                "removeMode should get one of the following values: ONLY_ME, INCLUDING_DESCENDANTS, DESCENDANTS_ONLY,"
                        + " WHOLE_VTREE, but its value is Uknown.");
        volume(cluster, id);
    }

    @Test
    void onlyMeLeavesSnapshotsInTheirVTree() {
        String base = createVolume(cluster, "base", 8);
        String snapshot = snapshot(base, "base-snap");
        post(cluster, action(base, "removeVolume"), "{\"removeMode\":\"ONLY_ME\"}").assertEmptyObject();
        String vtreeId = volume(cluster, snapshot).path("vtreeId").asText();
        get(cluster, "/api/instances/VTree::" + vtreeId).assertOk();
        post(cluster, action(snapshot, "removeVolume"), "{\"removeMode\":\"ONLY_ME\"}").assertEmptyObject();
        get(cluster, "/api/instances/VTree::" + vtreeId).assertError(500, 3, "Not found");
    }

    @Test
    void descendantModesFollowTheLineage() {
        String base = createVolume(cluster, "tree", 8);
        String child = snapshot(base, "tree-s1");
        String grandchild = snapshot(child, "tree-s1-s1");
        String sibling = snapshot(base, "tree-s2");
        post(cluster, action(child, "removeVolume"), "{\"removeMode\":\"DESCENDANTS_ONLY\"}").assertEmptyObject();
        volume(cluster, child);
        get(cluster, volumePath(grandchild)).assertError(500, 79, "Could not find the volume");
        post(cluster, action(child, "removeVolume"), "{\"removeMode\":\"DESCENDANTS_ONLY\"}")
                .assertError(500, 183, "There are no volumes to delete");
        post(cluster, action(base, "removeVolume"), "{\"removeMode\":\"INCLUDING_DESCENDANTS\"}").assertEmptyObject();
        for (String gone : new String[] { base, child, sibling }) {
            get(cluster, volumePath(gone)).assertError(500, 79, "Could not find the volume");
        }
    }

    @Test
    void wholeVTreeRemovesEveryMemberButNothingWhileOneIsMapped() {
        String base = createVolume(cluster, "vt", 8);
        String first = snapshot(base, "vt-s1");
        String second = snapshot(first, "vt-s2");
        String sdcId = ClusterTestSupport.sdcIds(cluster).get(0);
        post(cluster, action(second, "addMappedSdc"), "{\"sdcId\":\"" + sdcId + "\"}").assertEmptyObject();
        post(cluster, action(first, "removeVolume"), "{\"removeMode\":\"WHOLE_VTREE\"}")
                .assertError(500, 104, "Volume is mapped");
        volume(cluster, base);
        post(cluster, action(second, "removeMappedSdc"), "{\"sdcId\":\"" + sdcId + "\"}").assertEmptyObject();
        post(cluster, action(first, "removeVolume"), "{\"removeMode\":\"WHOLE_VTREE\"}").assertEmptyObject();
        for (String gone : new String[] { base, first, second }) {
            get(cluster, volumePath(gone)).assertError(500, 79, "Could not find the volume");
        }
    }

    @Test
    void aMappedVolumeIsNotRemoved() {
        String id = createVolume(cluster, "busy", 8);
        String sdcId = ClusterTestSupport.sdcIds(cluster).get(1);
        post(cluster, action(id, "addMappedSdc"), "{\"sdcId\":\"" + sdcId + "\"}").assertEmptyObject();
        post(cluster, action(id, "removeVolume"), "{\"removeMode\":\"ONLY_ME\"}")
                .assertError(500, 104, "Volume is mapped");
        volume(cluster, id);
    }

    private String snapshot(String volumeId, String name) {
        ClusterTestSupport.Answer answer = post(cluster, "/api/instances/System/action/snapshotVolumes",
                "{\"snapshotDefs\":[{\"volumeId\":\"" + volumeId + "\",\"snapshotName\":\"" + name + "\"}]}");
        answer.assertOk();
        return answer.json().path("volumeIdList").get(0).asText();
    }
}
