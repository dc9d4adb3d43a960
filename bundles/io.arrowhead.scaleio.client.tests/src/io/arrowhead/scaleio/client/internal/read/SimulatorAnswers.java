package io.arrowhead.scaleio.client.internal.read;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;

import io.arrowhead.scaleio.simulator.ClusterScenario;
import io.arrowhead.scaleio.simulator.GatewaySimulator;

/**
 * The simulator's {@code GET /api/instances} as text, fetched over plain HTTP by the JDK's client, so that the
 * readers can be compared with databind on a whole system of every object type.
 */
final class SimulatorAnswers {

    private static final String PASSWORD = "reader-oracle-secret";

    private SimulatorAnswers() {
    }

    /** 128 volumes (snapshots among them), 16 SDCs, 2 pools. */
    static String snapshot() throws IOException, InterruptedException {
        Path data = Files.createTempDirectory("arrowhead-reader-tests");
        try (GatewaySimulator simulator = GatewaySimulator.builder()
                .scenario(ClusterScenario.scale(128, 16, 2))
                .user("admin", PASSWORD.toCharArray())
                .dataDirectory(data)
                .plainHttp()
                .start()) {
            HttpClient http = HttpClient.newHttpClient();
            String token = get(http, simulator.endpoint(), "/api/login", PASSWORD);
            return get(http, simulator.endpoint(), "/api/instances", token.substring(1, token.length() - 1));
        } finally {
            try (var files = Files.walk(data)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static String get(HttpClient http, URI base, String path, String password)
            throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Basic " + basic)
                .header("Accept", "application/json;version=3.5").GET().build();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IOException("The simulator answered " + path + " with " + answer.statusCode() + ".");
        }
        return answer.body();
    }
}
