package io.arrowhead.scaleio.simulator.internal.gateway;

import static io.arrowhead.scaleio.simulator.internal.gateway.GatewayFixture.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.simulator.internal.api.ApiRequest;
import io.arrowhead.scaleio.simulator.internal.http.RawHttpClient;

class GatewayRoutingTest {

    private GatewayFixture gateway;
    private String auth;

    @BeforeEach
    void start() throws IOException {
        gateway = new GatewayFixture("3.5");
        auth = basic("", gateway.login());
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void passesMethodBodyAndDecodedPathAndQueryToTheCluster() throws IOException {
        gateway.send("POST", "/api/types/Volume/instances?a=1&b=x%20y&a=2", auth, "{\"name\":\"v\"}",
                "Content-Type", "application/json;version=3.5", "Accept", "application/json;version=3.5");
        ApiRequest call = gateway.lastCall.get();
        assertEquals("POST", call.method());
        assertEquals("/api/types/Volume/instances", call.path());
        assertEquals(Map.of("a", "2", "b", "x y"), call.query());
        assertEquals("{\"name\":\"v\"}", call.bodyText());
    }

    @Test
    void decodesThePathExactlyOnce() throws IOException {
        // Cinder double-encodes names in legacy getByName paths: "my vol" arrives as my%2520vol.
        gateway.get("/api/types/Volume/instances/getByName::my%2520vol", auth);
        assertEquals("/api/types/Volume/instances/getByName::my%20vol", gateway.lastCall.get().path());
        gateway.get("/api/types/Volume/instances/getByName::caf%C3%A9+1", auth);
        assertEquals("/api/types/Volume/instances/getByName::café+1", gateway.lastCall.get().path());
    }

    @Test
    void refusesAMalformedEscapeWith400() throws IOException {
        try (RawHttpClient client = new RawHttpClient(gateway.server.port())) { // java.net.URI refuses to send it
            RawHttpClient.Response response = client.send("GET /api/types/Volume/instances/getByName::bad%zz "
                    + "HTTP/1.1\r\nHost: h\r\nAuthorization: " + auth + "\r\n\r\n").readResponse();
            assertEquals(400, response.status());
            assertTrue(response.body().contains("\"httpStatusCode\":400"), response.body());
        }
    }

    @Test
    void acceptsAnyMediaTypeParameters() throws IOException {
        for (String accept : new String[] { "*/*", "application/json;version=3.5", "application/json; charset=utf-8" }) {
            assertEquals(200, gateway.send("GET", "/api/version", auth, null, "Accept", accept,
                    "Content-Type", "application/json;version=3.5").statusCode(), accept);
        }
    }

    @Test
    void answersPathsOutsideTheApiWith404InTheGatewayFormat() throws IOException {
        for (String path : new String[] { "/", "/index.html", "/apix", "/rest/auth/login" }) {
            HttpResponse<String> response = gateway.get(path, auth);
            assertEquals(404, response.statusCode(), path);
            assertEquals(404, Replies.JSON.readTree(response.body()).get("httpStatusCode").asInt(), path);
        }
    }

    @Test
    void onlyGetReachesLoginLogoutAndVersion() throws IOException {
        assertEquals(405, gateway.send("POST", "/api/login", auth, "{}").statusCode());
        assertEquals(405, gateway.send("DELETE", "/api/version", auth, null).statusCode());
    }
}
