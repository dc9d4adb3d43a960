package io.arrowhead.scaleio.simulator.internal.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import io.arrowhead.scaleio.simulator.internal.api.ApiRequest;
import io.arrowhead.scaleio.simulator.internal.api.ApiResponse;
import io.arrowhead.scaleio.simulator.internal.auth.ApiVersion;
import io.arrowhead.scaleio.simulator.internal.auth.LoginThrottle;
import io.arrowhead.scaleio.simulator.internal.auth.MutableClock;
import io.arrowhead.scaleio.simulator.internal.auth.TokenStore;
import io.arrowhead.scaleio.simulator.internal.cluster.SdcVolumes;
import io.arrowhead.scaleio.simulator.internal.faults.FaultRules;
import io.arrowhead.scaleio.simulator.internal.http.HttpServer;
import io.arrowhead.scaleio.simulator.internal.http.HttpServerSettings;

/**
 * A plain-HTTP gateway transport in front of a stand-in cluster that records the last call and answers
 * {@code {"ok":true}}; SDC registrations go to a map, and mapped-volume listings come from one. Tests talk to it
 * with java.net.http or raw sockets.
 */
final class GatewayFixture implements AutoCloseable {

    static final String PASSWORD = "Scaleio123!";

    final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));
    final TokenStore tokens = new TokenStore(Map.of("admin", PASSWORD.toCharArray()), clock, Duration.ofHours(8),
            Duration.ofMinutes(10));
    final LoginThrottle throttle = new LoginThrottle(clock);
    final FaultRules faults = new FaultRules();
    final AtomicReference<ApiRequest> lastCall = new AtomicReference<>();
    final Map<String, Boolean> sdcsConnected = new ConcurrentHashMap<>();
    /** What {@code GET /simulator/sdcs/<guidOrId>/volumes} lists, by the id or GUID asked for. */
    final Map<String, SdcVolumes> mappedVolumes = new ConcurrentHashMap<>();
    final HttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    GatewayFixture(String version) throws IOException {
        SdcRegistry sdcs = new SdcRegistry() {
            @Override
            public String registerSdc(String guid, String ip, String name) {
                sdcsConnected.put(guid, true);
                return "5d39e4d500000000";
            }

            @Override
            public void setSdcConnected(String guidOrId, boolean connected) {
                if (sdcsConnected.replace(guidOrId, connected) == null) {
                    throw new IllegalArgumentException("no SDC " + guidOrId);
                }
            }

            @Override
            public SdcVolumes mappedVolumes(String guidOrId) {
                SdcVolumes listing = mappedVolumes.get(guidOrId);
                if (listing == null) {
                    throw new IllegalArgumentException("No SDC has the id or GUID " + guidOrId);
                }
                return listing;
            }
        };
        GatewayHandler handler = new GatewayHandler(request -> {
            lastCall.set(request);
            return ApiResponse.ok("{\"ok\":true}".getBytes(StandardCharsets.UTF_8));
        }, tokens, throttle, ApiVersion.parse(version), faults, new AdminEndpoint(tokens, faults, sdcs, throttle));
        server = HttpServer.start(HttpServerSettings.plain("127.0.0.1", 0, "Test"), handler, handler);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Logs in as admin and returns the bare token. */
    String login() throws IOException {
        HttpResponse<String> response = send("GET", "/api/login", basic("admin", PASSWORD), null);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Login failed: " + response.statusCode() + " " + response.body());
        }
        return response.body().substring(1, response.body().length() - 1);
    }

    HttpResponse<String> send(String method, String path, String authorization, String body, String... headers)
            throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return client.send(request.build(), BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted", e);
        }
    }

    HttpResponse<String> get(String path, String authorization) throws IOException {
        return send("GET", path, authorization, null);
    }

    /** Admin calls with the configured user's password. */
    HttpResponse<String> admin(String method, String path, String body) throws IOException {
        return send(method, path, basic("admin", PASSWORD), body, "Content-Type", "application/json");
    }

    @Override
    public void close() {
        server.stop();
        client.close();
    }
}
