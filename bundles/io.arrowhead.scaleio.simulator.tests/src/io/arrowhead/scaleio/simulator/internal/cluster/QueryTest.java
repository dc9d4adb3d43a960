package io.arrowhead.scaleio.simulator.internal.cluster;

import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.createVolume;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.get;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.Answer;

class QueryTest {

    private final SimulatedCluster cluster = ClusterTestSupport.small();

    @Test
    void queryIdByKeyAnswersAQuotedIdString() {
        String id = createVolume(cluster, "by-name", 8);
        Answer answer = post(cluster, "/api/types/Volume/instances/action/queryIdByKey", "{\"name\":\"by-name\"}");
        answer.assertOk();
        assertTrue(answer.json().isTextual(), answer.json().toString());
        assertEquals(id, answer.text());

        JsonNode domain = get(cluster, "/api/types/ProtectionDomain/instances").json().get(0);
        assertEquals(domain.path("id").asText(), post(cluster,
                "/api/types/ProtectionDomain/instances/action/queryIdByKey",
                "{\"name\":\"" + domain.path("name").asText() + "\"}").text());
        JsonNode pool = get(cluster, "/api/types/StoragePool/instances").json().get(1);
        assertEquals(pool.path("id").asText(), post(cluster, "/api/types/StoragePool/instances/action/queryIdByKey",
                "{\"name\":\"" + pool.path("name").asText() + "\",\"protectionDomainId\":\"" + domain.path("id").asText()
                        + "\"}").text());
        JsonNode sdc = get(cluster, "/api/types/Sdc/instances").json().get(2);
        assertEquals(sdc.path("id").asText(), post(cluster, "/api/types/Sdc/instances/action/queryIdByKey",
                "{\"ip\":\"" + sdc.path("sdcIp").asText() + "\"}").text());
    }

    @Test
    void unknownKeysAreNotFound() {
        post(cluster, "/api/types/Volume/instances/action/queryIdByKey", "{\"name\":\"nope\"}")
                .assertError(500, 3, "Not found");
        post(cluster, "/api/types/Sdc/instances/action/queryIdByKey", "{\"ip\":\"192.0.2.1\"}")
                .assertError(500, 3, "Not found");
        post(cluster, "/api/types/SnapshotPolicy/instances/action/queryIdByKey", "{\"name\":\"daily\"}")
                .assertError(500, 3, "Not found");
        post(cluster, "/api/types/Volume/instances/action/queryIdByKey", "{}").assertError(400, 0,
                "Request message is not valid: The following parameter(s) must be part of the request body: name.");
    }

    @Test
    void queryBySelectedIdsAnswersTheObjectsInOrder() {
        String first = createVolume(cluster, "sel-1", 8);
        String second = createVolume(cluster, "sel-2", 8);
        Answer answer = post(cluster, "/api/types/Volume/instances/action/queryBySelectedIds",
                "{\"ids\":[\"" + second + "\",\"" + first + "\"]}");
        answer.assertOk();
        assertEquals(2, answer.json().size());
        assertEquals("sel-2", answer.json().get(0).path("name").asText());
        assertEquals(ClusterTestSupport.volume(cluster, first), answer.json().get(1));
        post(cluster, "/api/types/Volume/instances/action/queryBySelectedIds", "{\"ids\":[\"0123456789abcdef\"]}")
                .assertError(500, 79, "Could not find the volume");
    }

    @Test
    void legacyGettersOfCinderAndOsBrick() {
        String id = createVolume(cluster, "legacy+1", 8);
        assertEquals(id, get(cluster, "/api/types/Volume/instances/getByName::legacy%2B1").text());
        assertEquals(id, get(cluster, "/api/types/Volume/instances/getByName::legacy+1").text());
        get(cluster, "/api/types/Volume/instances/getByName::missing").assertError(500, 3, "Not found");
        JsonNode sdc = get(cluster, "/api/types/Sdc/instances").json().get(0);
        assertEquals(sdc.path("id").asText(),
                get(cluster, "/api/types/Client/instances/getByIp::" + sdc.path("sdcIp").asText() + "/").text());
        JsonNode pool = get(cluster, "/api/types/StoragePool/instances").json().get(0);
        String domainId = pool.path("protectionDomainId").asText();
        assertEquals(domainId, get(cluster, "/api/types/Domain/instances/getByName::"
                + get(cluster, "/api/instances/ProtectionDomain::" + domainId).json().path("name").asText()).text());
        assertEquals(pool.path("id").asText(), get(cluster, "/api/types/Pool/instances/getByName::" + domainId + ","
                + pool.path("name").asText()).text());
    }
}
