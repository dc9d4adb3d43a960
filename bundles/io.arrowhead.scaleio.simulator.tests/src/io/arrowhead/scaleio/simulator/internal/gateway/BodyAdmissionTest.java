package io.arrowhead.scaleio.simulator.internal.gateway;

import static io.arrowhead.scaleio.simulator.internal.gateway.GatewayFixture.PASSWORD;
import static io.arrowhead.scaleio.simulator.internal.gateway.GatewayFixture.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.simulator.internal.faults.EndpointPattern;
import io.arrowhead.scaleio.simulator.internal.http.HttpServerSettings;
import io.arrowhead.scaleio.simulator.internal.http.RawHttpClient;
import io.arrowhead.scaleio.simulator.internal.http.RawHttpClient.Response;

/**
 * Bodies are refused before they are read when the request could not use them: the client declares a large body
 * and never sends it, so an answer proves the server did not wait for (or allocate) the body.
 */
class BodyAdmissionTest {

    private static final int DECLARED = HttpServerSettings.DEFAULT_MAX_BODY_BYTES;

    private GatewayFixture gateway;

    @BeforeEach
    void start() throws IOException {
        gateway = new GatewayFixture("3.5");
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    private Response declareBody(String method, String path, String authorization, long length) throws IOException {
        try (RawHttpClient client = new RawHttpClient(gateway.server.port())) {
            Response response = client.send(method + " " + path + " HTTP/1.1\r\nHost: h\r\n"
                    + (authorization == null ? "" : "Authorization: " + authorization + "\r\n")
                    + "Content-Type: application/json\r\nContent-Length: " + length + "\r\n\r\n").readResponse();
            assertNotNull(response, "The server closed the connection without an answer");
            assertEquals("close", response.header("Connection"));
            assertTrue(client.isClosedByServer());
            return response;
        }
    }

    @Test
    void anUnauthenticatedApiCallIsRefusedBeforeItsBodyIsRead() throws IOException {
        for (String authorization : new String[] { null, basic("admin", "not-a-token"), basic("admin", PASSWORD) }) {
            Response response = declareBody("POST", "/api/types/Volume/instances", authorization, DECLARED);
            assertEquals(401, response.status());
            assertEquals("{\"message\":\"Unauthorized\",\"httpStatusCode\":401,\"errorCode\":0}", response.body());
        }
        assertNull(gateway.lastCall.get());
    }

    @Test
    void anAdminCallWithoutThePasswordIsRefusedBeforeItsBodyIsRead() throws IOException {
        Response response = declareBody("POST", "/simulator/faults", basic("admin", "wrong"), DECLARED);
        assertEquals(401, response.status());
        assertNotNull(response.header("WWW-Authenticate"));
        assertTrue(gateway.faults.entries().isEmpty());
    }

    @Test
    void anAuthenticatedBodyOverTheLimitGets413BeforeItIsRead() throws IOException {
        Response response = declareBody("POST", "/api/types/Volume/instances", basic("admin", gateway.login()),
                DECLARED + 1L);
        assertEquals(413, response.status());
        assertTrue(response.body().contains("\"httpStatusCode\":413"), response.body());
        assertNull(gateway.lastCall.get());
    }

    @Test
    void aRequestWithoutABodyMeetsInjectedFaultsBeforeTheTokenCheckAsBefore() throws IOException {
        gateway.faults.failNext(EndpointPattern.parse("GET /api/types/*"), 1, 503, 0, "Busy");
        assertEquals(503, gateway.get("/api/types/Volume/instances", null).statusCode());
        assertEquals(401, gateway.get("/api/types/Volume/instances", null).statusCode());
    }

    @Test
    void anAuthenticatedBodyIsReadAndPassedOn() throws IOException {
        String body = "{\"name\":\"v\"}";
        var response = gateway.send("POST", "/api/types/Volume/instances", basic("admin", gateway.login()), body,
                "Content-Type", "application/json");
        assertEquals(200, response.statusCode());
        assertEquals(body, new String(gateway.lastCall.get().body(), java.nio.charset.StandardCharsets.UTF_8));
    }
}
