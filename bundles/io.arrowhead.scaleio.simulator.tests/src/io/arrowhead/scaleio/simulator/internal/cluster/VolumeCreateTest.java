package io.arrowhead.scaleio.simulator.internal.cluster;

import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.GIB_KB;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.firstPoolId;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.post;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.volume;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.Answer;

class VolumeCreateTest {

    private static final String CREATE = "/api/types/Volume/instances";

    private final SimulatedCluster cluster = ClusterTestSupport.small();
    private final String poolId = firstPoolId(cluster);

    @Test
    void pyPowerFlexShapeRoundsTenGibUpToSixteen() {
        Answer created = post(cluster, CREATE, "{\"storagePoolId\":\"" + poolId + "\",\"volumeSizeInGb\":\"10\","
                + "\"name\":\"pflex-vol\",\"volumeType\":\"ThinProvisioned\",\"volumeClass\":\"defaultclass\"}");
        created.assertOk();
        assertEquals(1, created.json().size());
        String id = created.json().path("id").asText();
        assertTrue(id.matches("[0-9a-f]{16}"), id);
        JsonNode volume = volume(cluster, id);
        assertEquals(16 * GIB_KB, volume.path("sizeInKb").asLong());
        assertEquals("pflex-vol", volume.path("name").asText());
        assertEquals("ThinProvisioned", volume.path("volumeType").asText());
        assertTrue(volume.get("mappedSdcInfo").isNull());
        assertTrue(volume.get("ancestorVolumeId").isNull());
        assertEquals(ClusterTestSupport.CLOCK.instant().getEpochSecond(), volume.path("creationTime").asLong());
        JsonNode vtree = ClusterTestSupport.get(cluster, "/api/instances/VTree::" + volume.path("vtreeId").asText())
                .json();
        assertEquals(id, vtree.path("baseVolumeId").asText());
    }

    @Test
    void goscaleioShapeInKibibytes() {
        String domainId = ClusterTestSupport.get(cluster, "/api/instances/StoragePool::" + poolId).json()
                .path("protectionDomainId").asText();
        Answer created = post(cluster, CREATE, "{\"protectionDomainId\":\"" + domainId + "\",\"storagePoolId\":\""
                + poolId + "\",\"volumeType\":\"ThickProvisioned\",\"volumeSizeInKb\":\"1048576\",\"name\":\"go\"}");
        created.assertOk();
        JsonNode volume = volume(cluster, created.json().path("id").asText());
        assertEquals(8 * GIB_KB, volume.path("sizeInKb").asLong());
        assertEquals("ThickProvisioned", volume.path("volumeType").asText());
    }

    @Test
    void jsonNumbersAndAMissingTypeAndNameAreAccepted() {
        Answer created = post(cluster, CREATE, "{\"storagePoolId\":\"" + poolId + "\",\"volumeSizeInGb\":24}");
        created.assertOk();
        JsonNode volume = volume(cluster, created.json().path("id").asText());
        assertEquals(24 * GIB_KB, volume.path("sizeInKb").asLong());
        assertEquals("ThinProvisioned", volume.path("volumeType").asText());
        assertEquals("vol-" + volume.path("id").asText(), volume.path("name").asText());
    }

    @Test
    void missingParametersAreNamedExactly() {
        post(cluster, CREATE, "{\"volumeSizeInGb\":\"8\",\"name\":\"x\"}").assertError(400, 0,
                "Request message is not valid: The following parameter(s) must be part of the request body: "
                        + "storagePoolId.");
        post(cluster, CREATE, "{}").assertError(400, 0, "Request message is not valid: The following parameter(s) "
                + "must be part of the request body: storagePoolId, volumeSizeInKb.");
        post(cluster, CREATE, "{\"storagePoolId\":\"" + poolId + "\",\"volumeSizeInGb\":\"8\",\"volumeSizeInKb\":"
                + "\"8388608\"}").assertError(400, 0,
                        "Request message is not valid: Only one of volumeSizeInKb and volumeSizeInGb may be given.");
    }

    @Test
    void badValuesAreRefused() {
        post(cluster, CREATE, body("\"volumeSizeInGb\":\"ten\"")).assertError(400, 0,
                "Request message is not valid: volumeSizeInGb must be a whole number, but its value is ten.");
        assertEquals(400, post(cluster, CREATE, body("\"volumeSizeInGb\":\"0\"")).status());
        post(cluster, CREATE, body("\"volumeSizeInGb\":\"8\",\"volumeType\":\"Fat\"")).assertError(400, 0,
                "volumeType should get one of the following values: ThickProvisioned, ThinProvisioned, but its "
                        + "value is Fat.");
        post(cluster, CREATE, body("\"volumeSizeInGb\":\"1048577\"")).assertError(500, 190,
                "The volume size too large");
        Answer broken = post(cluster, CREATE, "{\"storagePoolId\": not json");
        assertEquals(400, broken.status());
        assertEquals(0, broken.json().path("errorCode").asInt());
        assertTrue(broken.json().path("message").asText().startsWith("Request message is not valid: "),
                broken.json().toString());
    }

    @Test
    void namesMustBeShortValidAndUnique() {
        post(cluster, CREATE, body("\"volumeSizeInGb\":\"8\",\"name\":\"has space\"")).assertError(500, 227,
                "The given name contains invalid characters. Use alphanumeric and punctuation characters only. "
                        + "Spaces are not allowed.");
        post(cluster, CREATE, body("\"volumeSizeInGb\":\"8\",\"name\":\"" + "n".repeat(32) + "\"")).assertError(500,
                226, "The given name exceeds the allowed length of 31 characters.");
        post(cluster, CREATE, body("\"volumeSizeInGb\":\"8\",\"name\":\"" + "n".repeat(31) + "\"")).assertOk();
        post(cluster, CREATE, body("\"volumeSizeInGb\":\"8\",\"name\":\"twice\"")).assertOk();
        post(cluster, CREATE, body("\"volumeSizeInGb\":\"8\",\"name\":\"twice\"")).assertError(500, 99,
                "Volume name already in use. Please use a different name.");
    }

    @Test
    void unknownPoolAndForeignProtectionDomainAreRefused() {
        post(cluster, CREATE, "{\"storagePoolId\":\"0123456789abcdef\",\"volumeSizeInGb\":\"8\"}")
                .assertError(500, 171, "Could not find Storage Pool");
        post(cluster, CREATE, body("\"volumeSizeInGb\":\"8\",\"protectionDomainId\":\"0123456789abcdef\""))
                .assertError(500, 142, "Could not find Protection Domain");
    }

    @Test
    void thinAllocationStopsAtTheAllocationLimit() {
        // 3 devices of 512 GiB: usable (1536 * 0.9) / 2 = 691 GiB, limit 5x ≈ 3456 GiB; the pool holds ≤ 256 GiB.
        post(cluster, CREATE, body("\"volumeSizeInGb\":\"3000\",\"name\":\"big\"")).assertOk();
        post(cluster, CREATE, body("\"volumeSizeInGb\":\"800\",\"name\":\"too-big\"")).assertError(500, 313,
                "Requested volume size exceeds the volume allocation limit");
    }

    @Test
    void thickVolumesNeedAvailableCapacity() {
        post(cluster, CREATE, body("\"volumeSizeInGb\":\"1000\",\"volumeType\":\"ThickProvisioned\"")).assertError(
                500, 313, "Requested volume size exceeds the volume allocation limit");
        post(cluster, CREATE, body("\"volumeSizeInGb\":\"1000\"")).assertOk();
    }

    private String body(String fields) {
        return "{\"storagePoolId\":\"" + poolId + "\"," + fields + "}";
    }
}
