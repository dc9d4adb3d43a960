package io.arrowhead.hosts.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A {@link SanBackend} over the gateway simulator's admin API ({@code /simulator/sdcs...}), with Basic
 * authentication and, over HTTPS, trust in exactly the simulator's certificate.
 */
public final class SimulatorAdminBackend implements SanBackend {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI base;
    private final String authorization;
    private final HttpClient http;

    /**
     * @param gatewayEndpoint    the simulator's API URL ({@code https://127.0.0.1:1234/api}) or its base URL
     * @param trustedCertificate the simulator's certificate, the only one trusted; null for plain HTTP
     */
    public SimulatorAdminBackend(URI gatewayEndpoint, String user, char[] password,
            X509Certificate trustedCertificate) {
        String text = Objects.requireNonNull(gatewayEndpoint, "gatewayEndpoint").toString().replaceAll("/+$", "");
        this.base = URI.create(text.endsWith("/api") ? text.substring(0, text.length() - 4) : text);
        String credentials = Objects.requireNonNull(user, "user") + ":"
                + new String(Objects.requireNonNull(password, "password"));
        this.authorization = "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(TIMEOUT);
        if (trustedCertificate != null) {
            builder.sslContext(trusting(trustedCertificate));
        }
        this.http = builder.build();
    }

    @Override
    public String registerSdc(String guid, String ip, String name) throws IOException {
        ObjectNode body = JSON.createObjectNode().put("guid", guid).put("ip", ip).put("name", name);
        JsonNode reply = send(request("/simulator/sdcs").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
        return reply.path("id").asText();
    }

    @Override
    public List<MappedVolume> mappedVolumes(String sdcGuid) throws IOException {
        JsonNode reply = volumesOf(sdcGuid);
        String systemId = reply.path("systemId").asText();
        List<MappedVolume> volumes = new ArrayList<>();
        for (JsonNode volume : reply.path("volumes")) {
            volumes.add(new MappedVolume(systemId, volume.path("id").asText(), volume.path("sizeInKb").asLong()));
        }
        return volumes;
    }

    @Override
    public String systemId(String sdcGuid) throws IOException {
        String systemId = volumesOf(sdcGuid).path("systemId").asText(null);
        return systemId == null || systemId.isEmpty() ? null : systemId;
    }

    @Override
    public void disconnectSdc(String sdcGuid) throws IOException {
        send(request("/simulator/sdcs/" + encode(sdcGuid) + "/disconnect")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private JsonNode volumesOf(String sdcGuid) throws IOException {
        return send(request("/simulator/sdcs/" + encode(sdcGuid) + "/volumes").GET().build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).header("Authorization", authorization)
                .header("Accept", "application/json");
    }

    private JsonNode send(HttpRequest request) throws IOException {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("The call to the gateway simulator at " + base + " was interrupted.", e);
        }
        JsonNode body = response.body().isBlank() ? JSON.createObjectNode() : parse(response.body());
        if (response.statusCode() != 200) {
            throw new IOException("The gateway simulator at " + base + " answered " + request.method() + " "
                    + request.uri().getPath() + " with HTTP " + response.statusCode() + ": "
                    + body.path("message").asText(response.body()));
        }
        return body;
    }

    private JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode().put("message", body);
        }
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8);
    }

    private static SSLContext trusting(X509Certificate certificate) {
        try {
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            trusted.setCertificateEntry("gateway-simulator", certificate);
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("Cannot trust the simulator's certificate: " + e.getMessage(), e);
        }
    }

    /** Stops the HTTP client's threads and connections; a demo reset makes a new backend each time. */
    @Override
    public void close() {
        http.close();
    }
}
