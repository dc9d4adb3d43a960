package io.arrowhead.scaleio.simulator.internal.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.arrowhead.scaleio.simulator.ClusterScenario;
import io.arrowhead.scaleio.simulator.internal.api.ApiRequest;
import io.arrowhead.scaleio.simulator.internal.api.ApiResponse;

/** Drives a {@link SimulatedCluster} with real requests and reads its answers as JSON. */
final class ClusterTestSupport {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);
    static final long GIB_KB = 1024L * 1024L;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ClusterTestSupport() {
    }

    /** One answer: status and parsed body. */
    record Answer(int status, JsonNode json) {

        String text() {
            return json.asText();
        }

        /** Asserts the gateway error body exactly. */
        void assertError(int httpStatus, int errorCode, String message) {
            assertEquals(message, json.path("message").asText(), json.toString());
            assertEquals(httpStatus, status, json.toString());
            assertEquals(httpStatus, json.path("httpStatusCode").asInt());
            assertEquals(errorCode, json.path("errorCode").asInt());
            assertEquals(3, json.size(), "only message, httpStatusCode and errorCode: " + json);
        }

        void assertOk() {
            assertEquals(200, status, json.toString());
        }

        /** Asserts a 200 with the {@code {}} body of actions without a documented answer. */
        void assertEmptyObject() {
            assertOk();
            assertEquals("{}", json.toString());
        }
    }

    static SimulatedCluster demo() {
        return SimulatedCluster.create(ClusterScenario.demo(), CLOCK);
    }

    /** A small cluster: 1 domain, 2 pools, 3 SDSs, 4 volumes, 3 SDCs (none disconnected, nothing mapped). */
    static SimulatedCluster small() {
        return SimulatedCluster.create(
                new ClusterScenario(7, "lab", 1, 2, 3, 2, 512, 4, 0, 0, 0, 3, 0), CLOCK);
    }

    static Answer get(SimulatedCluster cluster, String path) {
        return answer(cluster.handle(new ApiRequest("GET", path, Map.of(), new byte[0], "admin")));
    }

    /** The names of every volume, in the order the gateway lists them. */
    static List<String> volumeNames(SimulatedCluster cluster) {
        List<String> names = new ArrayList<>();
        get(cluster, "/api/types/Volume/instances").json().forEach(volume -> names.add(volume.path("name").asText()));
        return names;
    }

    /** Every object list, which must survive a restart or a replay unchanged. */
    static String everything(SimulatedCluster cluster) {
        StringBuilder all = new StringBuilder();
        for (String type : new String[] { "System", "ProtectionDomain", "StoragePool", "Sds", "Device", "Volume",
                "VTree", "Sdc", "FaultSet" }) {
            all.append(get(cluster, "/api/types/" + type + "/instances").json()).append('\n');
        }
        return all.toString();
    }

    static Answer post(SimulatedCluster cluster, String path, String body) {
        return answer(cluster.handle(
                new ApiRequest("POST", path, Map.of(), body.getBytes(StandardCharsets.UTF_8), "admin")));
    }

    static Answer answer(ApiResponse response) {
        try {
            return new Answer(response.status(), MAPPER.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + new String(response.body(), StandardCharsets.UTF_8), e);
        }
    }

    /** A fresh scratch directory (the fragment does not import JUnit's TempDir package). */
    static Path newDirectory() throws IOException {
        return Files.createTempDirectory("cluster-test");
    }

    static void deleteDirectory(Path directory) throws IOException {
        try (var entries = Files.walk(directory)) {
            for (Path entry : entries.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(entry);
            }
        }
    }

    static String firstPoolId(SimulatedCluster cluster) {
        return get(cluster, "/api/types/StoragePool/instances").json().get(0).path("id").asText();
    }

    static List<String> sdcIds(SimulatedCluster cluster) {
        List<String> ids = new ArrayList<>();
        get(cluster, "/api/types/Sdc/instances").json().forEach(sdc -> ids.add(sdc.path("id").asText()));
        return ids;
    }

    /** Creates a thin volume through the API and returns its id. */
    static String createVolume(SimulatedCluster cluster, String name, int sizeGb) {
        Answer created = post(cluster, "/api/types/Volume/instances", "{\"storagePoolId\":\"" + firstPoolId(cluster)
                + "\",\"volumeSizeInGb\":\"" + sizeGb + "\",\"name\":\"" + name + "\"}");
        created.assertOk();
        return created.json().path("id").asText();
    }

    static String volumePath(String volumeId) {
        return "/api/instances/Volume::" + volumeId;
    }

    static String action(String volumeId, String action) {
        return volumePath(volumeId) + "/action/" + action;
    }

    static JsonNode volume(SimulatedCluster cluster, String volumeId) {
        Answer answer = get(cluster, volumePath(volumeId));
        answer.assertOk();
        return answer.json();
    }

    /** The rel names of an object's links, in order. */
    static List<String> rels(JsonNode object) {
        List<String> rels = new ArrayList<>();
        object.path("links").forEach(link -> rels.add(link.path("rel").asText()));
        return rels;
    }

    static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
