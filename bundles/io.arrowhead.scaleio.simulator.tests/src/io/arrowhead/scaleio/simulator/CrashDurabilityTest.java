package io.arrowhead.scaleio.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A create that was answered 200 is in the state file: the simulator runs in its own JVM, several clients create
 * volumes, the JVM is killed with SIGKILL in the middle of the burst, and the restarted simulator must have every
 * volume whose creation was acknowledged.
 */
class CrashDurabilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WRITERS = 6;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 300;

    private final ScratchDirectory scratch = new ScratchDirectory();

    @AfterEach
    void deleteScratch() throws IOException {
        scratch.close();
    }

    @Test
    void everyAcknowledgedCreateSurvivesAKillDuringTheBurst() throws Exception {
        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // volume id -> name
        AtomicBoolean killed = new AtomicBoolean();
        try (SimulatorProcess simulator = start("first.log")) {
            Gateway gateway = new Gateway(simulator.endpoint());
            String poolId = gateway.get("types/StoragePool/instances").get(0).path("id").asText();
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            List<Future<?>> running = new ArrayList<>();
            for (int writer = 0; writer < WRITERS; writer++) {
                int number = writer;
                running.add(writers.submit(() -> createUntilKilled(gateway, poolId, number, acknowledged, killed)));
            }
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            killed.set(true);
            simulator.kill();
            for (Future<?> writer : running) {
                writer.get(1, TimeUnit.MINUTES); // a writer's own failure, other than the kill, fails the test
            }
            writers.shutdown();
        }
        assertTrue(acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL, "creates acknowledged: " + acknowledged.size());

        try (SimulatorProcess restarted = start("second.log")) {
            Map<String, String> present = new HashMap<>();
            for (JsonNode volume : new Gateway(restarted.endpoint()).get("types/Volume/instances")) {
                present.put(volume.path("id").asText(), volume.path("name").asText());
            }
            Map<String, String> lost = new HashMap<>(acknowledged);
            lost.keySet().removeAll(present.keySet());
            assertEquals(Map.of(), lost, lost.size() + " of " + acknowledged.size() + " acknowledged creates lost");
            acknowledged.forEach((id, name) -> assertEquals(name, present.get(id), "volume " + id));
        }
    }

    private SimulatorProcess start(String logName) throws IOException, InterruptedException {
        return SimulatorProcess.start(scratch.resolve(logName), "--http", "--port", "0", "--user", "admin:crash-pw",
                "--volumes", "0", "--data-dir", scratch.resolve("data").toString(), "--state-file",
                scratch.resolve("state.json").toString());
    }

    /** Creates volumes until the simulator is killed; a failure before the kill is an error of the test. */
    private static Void createUntilKilled(Gateway gateway, String poolId, int writer, Map<String, String> acknowledged,
            AtomicBoolean killed) throws IOException, InterruptedException {
        for (int count = 0;; count++) {
            String name = "crash-" + writer + "-" + count;
            HttpResponse<String> answer;
            try {
                answer = gateway.post("types/Volume/instances", "{\"storagePoolId\":\"" + poolId
                        + "\",\"volumeType\":\"ThinProvisioned\",\"volumeSizeInGb\":\"8\",\"name\":\"" + name + "\"}");
            } catch (IOException e) {
                if (killed.get()) {
                    return null;
                }
                throw e;
            }
            if (answer.statusCode() == 200) {
                acknowledged.put(JSON.readTree(answer.body()).path("id").asText(), name);
            } else if (!killed.get()) {
                throw new AssertionError("create " + name + " answered " + answer.statusCode() + ": " + answer.body());
            }
        }
    }

    /** Logged in as the gateway's clients are: Basic with the token from /api/login. */
    private static final class Gateway {

        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        private final URI api;
        private final String authorization;

        Gateway(URI api) throws IOException, InterruptedException {
            this.api = api;
            HttpResponse<String> login = http.send(request("login", basic("crash-pw")).GET().build(),
                    BodyHandlers.ofString());
            assertEquals(200, login.statusCode(), login.body());
            this.authorization = basic(JSON.readTree(login.body()).asText());
        }

        JsonNode get(String path) throws IOException, InterruptedException {
            HttpResponse<String> answer = http.send(request(path, authorization).GET().build(),
                    BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            return JSON.readTree(answer.body());
        }

        HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
            return http.send(request(path, authorization).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), BodyHandlers.ofString());
        }

        private HttpRequest.Builder request(String path, String authorizationHeader) {
            return HttpRequest.newBuilder(URI.create(api + "/" + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", authorizationHeader);
        }

        private static String basic(String password) {
            byte[] credentials = ("admin:" + password).getBytes(StandardCharsets.UTF_8);
            return "Basic " + Base64.getEncoder().encodeToString(credentials);
        }
    }
}
