package io.arrowhead.scaleio.simulator.internal.cluster;

import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.Answer;

class RelationshipsTest {

    private final SimulatedCluster cluster = ClusterTestSupport.demo();

    @Test
    void everyAdvertisedRelationshipLinkAnswers() {
        for (String type : new String[] { "System", "ProtectionDomain", "StoragePool", "Sds", "Device", "Volume",
                "VTree", "Sdc", "FaultSet" }) {
            for (JsonNode object : get(cluster, "/api/types/" + type + "/instances").json()) {
                for (JsonNode link : object.path("links")) {
                    Answer answer = get(cluster, link.path("href").asText());
                    assertEquals(200, answer.status(), link + " → " + answer.json());
                }
            }
        }
    }

    @Test
    void goscaleioNavigatesSystemToDomainToPool() {
        JsonNode domains = get(cluster, "/api/instances/System::" + cluster.systemId() + "/relationships/ProtectionDomain")
                .json();
        assertEquals(2, domains.size());
        String domainId = domains.get(0).path("id").asText();
        JsonNode pools = get(cluster, "/api/instances/ProtectionDomain::" + domainId + "/relationships/StoragePool")
                .json();
        assertEquals(2, pools.size());
        pools.forEach(pool -> assertEquals(domainId, pool.path("protectionDomainId").asText()));
        JsonNode sdss = get(cluster, "/api/instances/ProtectionDomain::" + domainId + "/relationships/Sds").json();
        assertEquals(3, sdss.size());
        assertEquals(3, get(cluster, "/api/instances/ProtectionDomain::" + domainId + "/relationships/FaultSet").json()
                .size());
        assertEquals(6, get(cluster, "/api/instances/System::" + cluster.systemId() + "/relationships/Sdc").json()
                .size());
        assertEquals(0, get(cluster, "/api/instances/System::" + cluster.systemId() + "/relationships/User").json()
                .size());
    }

    @Test
    void poolRelationshipsHoldOnlyThePoolsObjects() {
        String poolId = ClusterTestSupport.firstPoolId(cluster);
        String base = "/api/instances/StoragePool::" + poolId + "/relationships/";
        for (String related : new String[] { "Volume", "Device", "VTree" }) {
            JsonNode objects = get(cluster, base + related).json();
            assertTrue(objects.size() > 0, related);
            objects.forEach(object -> assertEquals(poolId, object.path("storagePoolId").asText(), related));
        }
        assertEquals(3, get(cluster, base + "SpSds").json().size());
    }

    @Test
    void sdcAndVTreeRelationshipsFollowMappingsAndLineage() {
        for (JsonNode volume : get(cluster, "/api/types/Volume/instances").json()) {
            String id = volume.path("id").asText();
            JsonNode members = get(cluster, "/api/instances/VTree::" + volume.path("vtreeId").asText()
                    + "/relationships/Volume").json();
            assertTrue(ids(members).contains(id));
            if (!volume.path("mappedSdcInfo").isNull()) {
                String sdcId = volume.path("mappedSdcInfo").get(0).path("sdcId").asText();
                assertTrue(ids(get(cluster, "/api/instances/Sdc::" + sdcId + "/relationships/Volume").json())
                        .contains(id));
            }
        }
    }

    @Test
    void statisticsAreServedForExistingObjectsOnly() {
        String volumeId = get(cluster, "/api/types/Volume/instances").json().get(0).path("id").asText();
        get(cluster, "/api/instances/Volume::" + volumeId + "/relationships/Statistics").assertOk();
        get(cluster, "/api/instances/Volume::0123456789abcdef/relationships/Statistics")
                .assertError(500, 79, "Could not find the volume");
    }

    @Test
    void unknownRelationshipIsAnUnknownResource() {
        assertEquals(404, get(cluster, "/api/instances/System::" + cluster.systemId() + "/relationships/Volume")
                .status());
    }

    private static Set<String> ids(JsonNode objects) {
        Set<String> ids = new HashSet<>();
        objects.forEach(object -> ids.add(object.path("id").asText()));
        return ids;
    }
}
