package io.arrowhead.scaleio.simulator.internal.cluster;

import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.get;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.post;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReadErrorsTest {

    private static final String UNKNOWN = "0123456789abcdef";

    private final SimulatedCluster cluster = ClusterTestSupport.small();

    @Test
    void unknownIdsAnswerThePerTypeNotFoundError() {
        get(cluster, "/api/instances/Volume::" + UNKNOWN).assertError(500, 79, "Could not find the volume");
        get(cluster, "/api/instances/Sdc::" + UNKNOWN).assertError(500, 80, "Could not find the SDC");
        get(cluster, "/api/instances/StoragePool::" + UNKNOWN).assertError(500, 171, "Could not find Storage Pool");
        get(cluster, "/api/instances/ProtectionDomain::" + UNKNOWN)
                .assertError(500, 142, "Could not find Protection Domain");
        get(cluster, "/api/instances/Sds::" + UNKNOWN).assertError(500, 78, "Could not find SDS");
        get(cluster, "/api/instances/VTree::" + UNKNOWN).assertError(500, 3, "Not found");
    }

    @Test
    void malformedIdsAreBadRequests() {
        get(cluster, "/api/instances/Volume::xyz").assertError(400, 0,
                "Request message is not valid: The id 'xyz' is not valid; ids are 16 hexadecimal digits.");
        assertEquals(400, post(cluster, "/api/instances/Volume::12345/action/removeVolume",
                "{\"removeMode\":\"ONLY_ME\"}").status());
    }

    @Test
    void upperCaseIdsAreAccepted() {
        String id = ClusterTestSupport.firstPoolId(cluster);
        get(cluster, "/api/instances/StoragePool::" + id.toUpperCase()).assertOk();
    }

    @Test
    void unknownTypesAreBadRequestsAndUnknownPathsNotFound() {
        get(cluster, "/api/types/Frobnicator/instances")
                .assertError(400, 0, "Request message is not valid: Unknown object type Frobnicator.");
        get(cluster, "/api/nowhere").assertError(404, 0, "The requested resource does not exist: GET /api/nowhere");
        assertEquals(404, post(cluster, "/api/instances/Volume::" + UNKNOWN + "/action/frobnicate", "{}").status());
        assertEquals(404, get(cluster, "/api/types/Volume/instances/action/queryIdByKey").status());
        for (String path : new String[] { "/api/instances", "/api/instances/System", "/api/types",
                "/api/instances/Volume::" + UNKNOWN + "/relationships" }) {
            assertEquals(404, post(cluster, path, "{}").status(), path);
        }
    }

    @Test
    void typesWithoutObjectsListAsEmpty() {
        assertEquals("[]", get(cluster, "/api/types/User/instances").json().toString());
        assertEquals("[]", get(cluster, "/api/types/RfcacheDevice/instances").json().toString());
    }
}
