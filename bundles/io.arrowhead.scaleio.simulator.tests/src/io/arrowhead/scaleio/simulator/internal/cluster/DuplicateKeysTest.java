package io.arrowhead.scaleio.simulator.internal.cluster;

import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.firstPoolId;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.Answer;

/** A field named twice in a request body is refused like any malformed body, instead of the last one winning. */
class DuplicateKeysTest {

    private static final String CREATE = "/api/types/Volume/instances";

    @Test
    void aRepeatedFieldGetsTheMalformedBodyAnswerAndCreatesNothing() {
        SimulatedCluster cluster = ClusterTestSupport.small();
        String pool = firstPoolId(cluster);
        int volumesBefore = ClusterTestSupport.get(cluster, CREATE).json().size();
        Answer duplicated = post(cluster, CREATE, "{\"storagePoolId\":\"" + pool + "\",\"volumeSizeInGb\":\"8\","
                + "\"name\":\"first\",\"name\":\"second\"}");
        Answer malformed = post(cluster, CREATE, "{\"storagePoolId\": not json");
        assertEquals(400, duplicated.status());
        assertEquals(malformed.status(), duplicated.status());
        assertEquals(malformed.json().path("errorCode"), duplicated.json().path("errorCode"));
        String message = duplicated.json().path("message").asText();
        assertTrue(message.startsWith("Request message is not valid: ") && message.contains("name"), message);
        assertEquals(volumesBefore, ClusterTestSupport.get(cluster, CREATE).json().size());
    }

    @Test
    void aRepeatedFieldInANestedObjectIsRefusedToo() {
        SimulatedCluster cluster = ClusterTestSupport.small();
        Answer duplicated = post(cluster, "/api/instances/querySelectedStatistics",
                "{\"selectedStatisticsList\":[{\"type\":\"Bogus\",\"type\":\"Device\",\"allIds\":[],"
                        + "\"properties\":[\"maxCapacityInKb\"]}]}");
        assertEquals(400, duplicated.status());
        assertTrue(duplicated.json().path("message").asText().startsWith("Request message is not valid: "),
                duplicated.json().toString());
    }
}
