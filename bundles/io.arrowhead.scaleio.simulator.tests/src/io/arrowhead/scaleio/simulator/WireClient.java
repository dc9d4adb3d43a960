package io.arrowhead.scaleio.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Sends requests byte for byte as a given public client does (its auth header, Accept and Content-Type), so a
 * test can replay that client's recorded flow. Trusts exactly the simulator's certificate.
 */
final class WireClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI base;
    private String authorization;
    private String accept;
    private String contentType;

    WireClient(GatewaySimulator simulator) throws Exception {
        this.base = simulator.endpoint();
        this.http = HttpClient.newBuilder().sslContext(trusting(simulator.certificate()))
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    WireClient basic(String user, String password) {
        authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    WireClient headers(String accept, String contentType) {
        this.accept = accept;
        this.contentType = contentType;
        return this;
    }

    /**
     * GET of a path under /api ("login", "types/Volume/instances"), of an href as links give it ("/api/..."), or of
     * the simulator's own endpoint ("/simulator/faults").
     */
    Answer get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    Answer post(String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path).POST(HttpRequest.BodyPublishers.ofString(json));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    private HttpRequest.Builder request(String path) {
        String relative = path.startsWith("/api/") ? path.substring("/api/".length()) : path;
        URI target = path.startsWith("/simulator/") ? base.resolve(path)
                : base.resolve(base.getPath().endsWith("/") ? relative : base.getPath() + "/" + relative);
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        return request;
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }

    record Answer(int status, String body) {

        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }

        /** A quoted JSON string answer (token, version, id), decoded as PyPowerFlex does. */
        String string() throws IOException {
            JsonNode node = json();
            if (!node.isTextual()) {
                throw new AssertionError("expected a JSON string, got " + body);
            }
            return node.asText();
        }
    }

    private static SSLContext trusting(X509Certificate certificate) throws Exception {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry("simulator", certificate);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }
}
