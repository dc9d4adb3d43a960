package io.arrowhead.scaleio.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.arrowhead.scaleio.simulator.WireClient.Answer;

/**
 * Replays, request by request, what goscaleio v1.9.0 and PyPowerFlex 2.0.0 were seen sending to a gateway
 * (GATEWAY-API.md §8): their auth headers, media types, string values and habits. The real clients cannot be
 * fetched on this build machine (no Go proxy or PyPI), so their recorded wire traffic stands in for them.
 */
class PublicClientConformanceTest {

    private static final String PASSWORD = "conformance-secret";
    private static final String GO_MEDIA_TYPE = "application/json;version=3.5";

    private GatewaySimulator simulator;

    @BeforeEach
    void start() throws IOException {
        Path data = Files.createTempDirectory("arrowhead-conformance");
        simulator = GatewaySimulator.builder().scenario(ClusterScenario.demo()).user("admin", PASSWORD.toCharArray())
                .dataDirectory(data).start();
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void goscaleioCreatesMapsLimitsAndRemovesAVolumeFollowingLinks() throws Exception {
        WireClient go = new WireClient(simulator).basic("admin", PASSWORD);
        String token = go.get("login").string();
        go.basic("", token);
        assertEquals("3.5", go.get("version").string());
        go.headers(GO_MEDIA_TYPE, GO_MEDIA_TYPE);

        JsonNode system = go.get("types/System/instances").json().get(0);
        JsonNode domain = go.get(link(system, "/api/System/relationship/ProtectionDomain")).json().get(0);
        JsonNode pool = go.get(link(domain, "/api/ProtectionDomain/relationship/StoragePool")).json().get(0);
        Answer created = go.post("types/Volume/instances", "{\"protectionDomainId\":\"" + domain.get("id").asText()
                + "\",\"storagePoolId\":\"" + pool.get("id").asText()
                + "\",\"volumeType\":\"ThinProvisioned\",\"volumeSizeInKb\":\"1048576\",\"name\":\"go-volume\"}");
        assertEquals(200, created.status(), created.body());
        String volumeId = created.json().get("id").asText();
        JsonNode volume = go.get("instances/Volume::" + volumeId).json();
        assertEquals(8388608L, volume.get("sizeInKb").asLong(), "1 GiB rounds up to the 8 GiB granularity");
        assertTrue(volume.get("mappedSdcInfo").isNull(), "an unmapped volume has mappedSdcInfo null, not []");

        JsonNode sdc = go.get(link(system, "/api/System/relationship/Sdc")).json().get(0);
        String sdcId = sdc.get("id").asText();
        assertEquals(200, go.post("instances/Volume::" + volumeId + "/action/addMappedSdc",
                "{\"sdcId\":\"" + sdcId + "\",\"allowMultipleMappings\":\"FALSE\"}").status());
        assertEquals(200, go.post("instances/Volume::" + volumeId + "/action/setMappedSdcLimits",
                "{\"sdcId\":\"" + sdcId + "\",\"bandwidthLimitInKbps\":\"10240\",\"iopsLimit\":\"1000\"}").status());
        JsonNode mapping = go.get("instances/Volume::" + volumeId).json().get("mappedSdcInfo").get(0);
        assertEquals(1000, mapping.get("limitIops").asInt());
        assertEquals(10, mapping.get("limitBwInMbps").asInt());
        assertEquals(200, go.get(link(pool, "/api/StoragePool/relationship/Statistics")).status());

        simulator.faults().expireAllTokens();
        Answer refused = go.get("instances/Volume::" + volumeId);
        assertEquals(401, refused.status());
        assertEquals("{\"message\":\"Unauthorized\",\"httpStatusCode\":401,\"errorCode\":0}", refused.body());
        go.headers(null, null).basic("admin", PASSWORD);
        go.basic("", go.get("login").string()).headers(GO_MEDIA_TYPE, GO_MEDIA_TYPE);
        assertEquals(200, go.get("instances/Volume::" + volumeId).status(), "the identical retry after re-login");

        assertEquals(200, go.post("instances/Volume::" + volumeId + "/action/removeMappedSdc",
                "{\"sdcId\":\"" + sdcId + "\"}").status());
        String self = link(volume, "self");
        assertEquals(200, go.post(self + "/action/removeVolume", "{\"removeMode\":\"ONLY_ME\"}").status());
        Answer again = go.post(self + "/action/removeVolume", "{\"removeMode\":\"ONLY_ME\"}");
        assertEquals(500, again.status());
        assertEquals(79, again.json().get("errorCode").asInt());
    }

    @Test
    void pyPowerFlexWrapsEveryCallInItsOwnSession() throws Exception {
        String poolId = pyCall("GET", "types/StoragePool/instances", null).json().get(0).get("id").asText();
        String sdcId = pyCall("GET", "types/Sdc/instances", null).json().get(0).get("id").asText();

        String volumeId = pyCall("POST", "types/Volume/instances", "{\"storagePoolId\":\"" + poolId
                + "\",\"volumeSizeInGb\":\"10\",\"name\":\"py-volume\",\"volumeType\":\"ThinProvisioned\","
                + "\"volumeClass\":\"defaultclass\"}").json().get("id").asText();
        assertEquals(16777216L, volume(volumeId).get("sizeInKb").asLong(), "10 GiB rounds up to 16 GiB");

        String action = "instances/Volume::" + volumeId + "/action/";
        pyCall("POST", action + "addMappedSdc", "{\"sdcId\":\"" + sdcId
                + "\",\"allowMultipleMappings\":\"True\",\"volumeClass\":\"defaultclass\"}");
        pyCall("POST", action + "setMappedSdcLimits", "{\"sdcId\":\"" + sdcId
                + "\",\"bandwidthLimitInKbps\":\"2048\",\"iopsLimit\":\"500\"}");
        assertEquals(2, volume(volumeId).get("mappedSdcInfo").get(0).get("limitBwInMbps").asInt());

        JsonNode statistics = pyCall("POST", "types/Volume/instances/action/querySelectedStatistics",
                "{\"properties\":[\"userDataReadBwc\",\"numOfMappedSdcs\"],\"ids\":[\"" + volumeId + "\"]}").json();
        assertEquals(1, statistics.get(volumeId).get("numOfMappedSdcs").asInt());
        JsonNode all = pyCall("POST", "types/Volume/instances/action/querySelectedStatistics",
                "{\"properties\":[\"numOfMappedSdcs\"],\"allIds\":\"\"}").json();
        assertEquals(pyCall("GET", "types/Volume/instances", null).json().size(), all.size());

        pyCall("POST", action + "setVolumeSize", "{\"sizeInGB\":\"24\",\"volumeClass\":\"defaultclass\"}");
        pyCall("POST", action + "setVolumeName", "{\"newName\":\"py-renamed\",\"volumeClass\":\"defaultclass\"}");
        JsonNode grown = volume(volumeId);
        assertEquals(25165824L, grown.get("sizeInKb").asLong());
        assertEquals("py-renamed", grown.get("name").asText());

        pyCall("POST", action + "removeMappedSdc", "{\"sdcId\":\"" + sdcId + "\",\"volumeClass\":\"defaultclass\"}");
        pyCall("POST", action + "removeVolume", "{\"removeMode\":\"ONLY_ME\",\"volumeClass\":\"defaultclass\"}");
        Answer gone = pyCallRaw("GET", "instances/Volume::" + volumeId, null);
        assertEquals(500, gone.status());
        assertEquals("Could not find the volume", gone.json().get("message").asText());
    }

    /** login → version → login → the call → logout, as PyPowerFlex 2.0.0 does for every call; the answer must decode. */
    private Answer pyCall(String method, String path, String body) throws Exception {
        Answer answer = pyCallRaw(method, path, body);
        assertEquals(200, answer.status(), method + " " + path + ": " + answer.body());
        answer.json();
        return answer;
    }

    private Answer pyCallRaw(String method, String path, String body) throws Exception {
        WireClient py = new WireClient(simulator).headers("*/*", "application/json").basic("admin", PASSWORD);
        String first = py.get("login").string();
        assertEquals("3.5", py.basic("admin", first).get("version").string());
        String token = py.basic("admin", PASSWORD).get("login").string();
        py.basic("admin", token);
        Answer answer = "GET".equals(method) ? py.get(path) : py.post(path, body);
        assertEquals(200, py.get("logout").status());
        return answer;
    }

    private JsonNode volume(String id) throws Exception {
        return pyCall("GET", "instances/Volume::" + id, null).json();
    }

    private static String link(JsonNode object, String rel) {
        for (JsonNode link : object.get("links")) {
            if (rel.equals(link.get("rel").asText())) {
                return link.get("href").asText();
            }
        }
        throw new AssertionError("no link " + rel + " in " + object);
    }
}
