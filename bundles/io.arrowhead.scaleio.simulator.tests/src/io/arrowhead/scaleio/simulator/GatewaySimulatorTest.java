package io.arrowhead.scaleio.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class GatewaySimulatorTest {

    private static final String GUID = "B0E3BFB8-C20B-43BF-93C8-13339E85AA50";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ScratchDirectory scratch = new ScratchDirectory();
    private final Path dataDirectory = scratch.path();

    @AfterEach
    void deleteScratch() throws IOException {
        scratch.close();
    }

    private GatewaySimulator.Builder builder() {
        return GatewaySimulator.builder().dataDirectory(dataDirectory);
    }

    private static HttpClient client(X509Certificate trusted) throws Exception {
        if (trusted == null) {
            return HttpClient.newHttpClient();
        }
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("simulator", trusted);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(context).build();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> call(HttpClient client, GatewaySimulator simulator, String method,
            String path, String authorization, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(simulator.endpoint().resolve(path))
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body))
                .header("Authorization", authorization);
        return client.send(request.build(), BodyHandlers.ofString());
    }

    private static String login(HttpClient client, GatewaySimulator simulator, String user, String password)
            throws Exception {
        HttpResponse<String> response = call(client, simulator, "GET", "/api/login", basic(user, password), null);
        assertEquals(200, response.statusCode(), response.body());
        return response.body().substring(1, response.body().length() - 1);
    }

    @Test
    void servesTheSimulatedClusterOverHttpsWithTheDemoUser() throws Exception {
        try (GatewaySimulator simulator = builder().start(); HttpClient client = client(simulator.certificate())) {
            String endpoint = simulator.endpoint().toString();
            assertTrue(endpoint.matches("https://127\\.0\\.0\\.1:\\d+/api"), endpoint);
            assertTrue(Files.exists(simulator.certificateFile()));
            assertEquals(64 + 31, simulator.certificateFingerprint().length());
            // PyPowerFlex's rhythm: login, version, login, call, logout, for every call.
            for (int i = 0; i < 50; i++) {
                String token = login(client, simulator, "admin", "Scaleio123!");
                HttpResponse<String> version = call(client, simulator, "GET", "/api/version", basic("admin", token),
                        null);
                assertEquals("\"3.5\"", version.body());
                HttpResponse<String> systems = call(client, simulator, "GET", "/api/types/System/instances",
                        basic("", token), null);
                assertEquals(200, systems.statusCode());
                assertTrue(systems.body().contains(simulator.systemId()), systems.body());
                assertEquals(200, call(client, simulator, "GET", "/api/logout", basic("admin", token), null)
                        .statusCode());
            }
        }
    }

    @Test
    void configuredUsersReplaceTheDemoUser() throws Exception {
        try (GatewaySimulator simulator = builder().plainHttp().user("ops", "s3cret".toCharArray())
                .user("viewer", "look".toCharArray()).start(); HttpClient client = client(null)) {
            assertEquals("http", simulator.endpoint().getScheme());
            assertNull(simulator.certificateFingerprint());
            assertNull(simulator.certificate());
            assertEquals(401, call(client, simulator, "GET", "/api/login", basic("admin", "Scaleio123!"), null)
                    .statusCode());
            assertNotNull(login(client, simulator, "ops", "s3cret"));
            assertNotNull(login(client, simulator, "viewer", "look"));
        }
    }

    @Test
    void anApiVersionOf40AcceptsBearerTokens() throws Exception {
        try (GatewaySimulator simulator = builder().plainHttp().apiVersion("4.0").start();
                HttpClient client = client(null)) {
            String token = login(client, simulator, "admin", "Scaleio123!");
            HttpResponse<String> version = call(client, simulator, "GET", "/api/version", "Bearer " + token, null);
            assertEquals("\"4.0\"", version.body());
        }
        assertThrows(IllegalArgumentException.class, () -> builder().apiVersion("4"));
    }

    @Test
    void faultsReachClientsThroughThePublicInjector() throws Exception {
        try (GatewaySimulator simulator = builder().plainHttp().start(); HttpClient client = client(null)) {
            simulator.faults().failNext("GET /api/login", 1, 500, 0, "Gateway busy");
            HttpResponse<String> failed = call(client, simulator, "GET", "/api/login", basic("admin", "Scaleio123!"),
                    null);
            assertEquals("{\"message\":\"Gateway busy\",\"httpStatusCode\":500,\"errorCode\":0}", failed.body());
            String token = login(client, simulator, "admin", "Scaleio123!");
            simulator.faults().expireAllTokens();
            assertEquals(401, call(client, simulator, "GET", "/api/version", basic("", token), null).statusCode());
        }
    }

    @Test
    void keepsTheCertificateAndTheStateAcrossRestarts() throws Exception {
        Path state = dataDirectory.resolve("cluster.json");
        String fingerprint;
        String sdcId;
        try (GatewaySimulator simulator = builder().stateFile(state).start();
                HttpClient client = client(simulator.certificate())) {
            fingerprint = simulator.certificateFingerprint();
            HttpResponse<String> registered = call(client, simulator, "POST", "/simulator/sdcs",
                    basic("admin", "Scaleio123!"), "{\"guid\":\"" + GUID + "\",\"ip\":\"10.0.0.9\",\"name\":\"lab\"}");
            assertEquals(200, registered.statusCode(), registered.body());
            sdcId = registered.body().replaceAll(".*\"id\":\"([0-9a-f]{16})\".*", "$1");
        }
        try (GatewaySimulator simulator = builder().stateFile(state).start();
                HttpClient client = client(simulator.certificate())) {
            assertEquals(fingerprint, simulator.certificateFingerprint());
            String token = login(client, simulator, "admin", "Scaleio123!");
            HttpResponse<String> sdc = call(client, simulator, "GET", "/api/instances/Sdc::" + sdcId, basic("", token),
                    null);
            assertEquals(200, sdc.statusCode(), sdc.body());
            assertTrue(sdc.body().contains(GUID), sdc.body());
        }
    }

    @Test
    void anSdcsMappedVolumesAreListedWithTheirBackingFiles() throws Exception {
        Path store = dataDirectory.resolve("volumes");
        try (GatewaySimulator simulator = builder().plainHttp().volumeStore(store).start();
                HttpClient client = client(null)) {
            assertEquals(store, simulator.volumeStore());
            String admin = basic("admin", "Scaleio123!");
            HttpResponse<String> registered = call(client, simulator, "POST", "/simulator/sdcs", admin,
                    "{\"guid\":\"" + GUID + "\",\"ip\":\"10.0.0.9\"}");
            String sdcId = JSON.readTree(registered.body()).get("id").asText();
            String auth = basic("", login(client, simulator, "admin", "Scaleio123!"));
            String poolId = JSON.readTree(call(client, simulator, "GET", "/api/types/StoragePool/instances", auth,
                    null).body()).get(0).get("id").asText();
            String volumeId = JSON.readTree(call(client, simulator, "POST", "/api/types/Volume/instances", auth,
                    "{\"storagePoolId\":\"" + poolId + "\",\"volumeSizeInGb\":\"8\",\"name\":\"lab-data\"}").body())
                    .get("id").asText();
            assertEquals(200, call(client, simulator, "POST", "/api/instances/Volume::" + volumeId
                    + "/action/addMappedSdc", auth, "{\"sdcId\":\"" + sdcId + "\"}").statusCode());

            HttpResponse<String> listed = call(client, simulator, "GET", "/simulator/sdcs/" + GUID + "/volumes",
                    admin, null);
            assertEquals(200, listed.statusCode(), listed.body());
            Path file = store.resolve(volumeId + ".img");
            assertEquals("{\"sdcId\":\"" + sdcId + "\",\"sdcGuid\":\"" + GUID + "\",\"systemId\":\""
                    + simulator.systemId() + "\",\"volumes\":[{\"id\":\"" + volumeId + "\",\"name\":\"lab-data\","
                    + "\"sizeInKb\":8388608,\"backingFile\":\"" + file + "\"}]}", listed.body());
            assertEquals(8L << 30, Files.size(file));
            HttpResponse<String> lines = client.send(HttpRequest.newBuilder(
                    simulator.endpoint().resolve("/simulator/sdcs/" + sdcId + "/volumes")).header("Authorization",
                            admin).header("Accept", "text/plain").build(), BodyHandlers.ofString());
            assertEquals(simulator.systemId() + " " + volumeId + " 8388608 " + file + "\n", lines.body());
        }
    }

    @Test
    void withoutAVolumeStoreTheVolumesHaveNoBackingFile() throws Exception {
        try (GatewaySimulator simulator = builder().plainHttp().start()) {
            assertNull(simulator.volumeStore());
        }
    }

    @Test
    void reportsAPortInUseAndStaysClosable() throws Exception {
        GatewaySimulator first = builder().plainHttp().start();
        int port = first.endpoint().getPort();
        try {
            IOException e = assertThrows(IOException.class, () -> builder().plainHttp().port(port).start());
            assertTrue(e.getMessage().contains(String.valueOf(port)), e.getMessage());
        } finally {
            first.close();
        }
        first.close(); // idempotent
        try (GatewaySimulator second = builder().plainHttp().port(port).start()) {
            assertEquals(port, second.endpoint().getPort()); // the first one let go of the port
        }
    }

    @Test
    void refusesInvalidSettings() {
        assertThrows(IllegalArgumentException.class, () -> builder().user("a:b", "x".toCharArray()));
        assertThrows(IllegalArgumentException.class, () -> builder().user("a", new char[0]));
        assertThrows(IllegalArgumentException.class, () -> builder().port(70000));
        assertThrows(IllegalArgumentException.class, () -> builder().tokenLifetime(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> builder().bindAddress(" "));
    }
}
