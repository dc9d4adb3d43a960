package io.arrowhead.scaleio.simulator.internal.gateway;

import static io.arrowhead.scaleio.simulator.internal.gateway.GatewayFixture.PASSWORD;
import static io.arrowhead.scaleio.simulator.internal.gateway.GatewayFixture.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GatewayAuthenticationTest {

    private static final String UNAUTHORIZED = "{\"message\":\"Unauthorized\",\"httpStatusCode\":401,\"errorCode\":0}";

    private GatewayFixture gateway;

    private GatewayFixture start(String version) throws IOException {
        gateway = new GatewayFixture(version);
        return gateway;
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void loginAnswersTheTokenAsAQuotedJsonString() throws IOException {
        HttpResponse<String> response = start("3.5").get("/api/login", basic("admin", PASSWORD));
        assertEquals(200, response.statusCode());
        assertTrue(response.body().matches("\"[A-Za-z0-9_-]+\""), response.body());
        assertEquals("application/json;charset=UTF-8", response.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void loginRefusesWrongOrMissingCredentialsWithTheGatewayBody() throws IOException {
        start("3.5");
        for (String authorization : new String[] { basic("admin", "wrong"), basic("", PASSWORD), null }) {
            HttpResponse<String> response = gateway.get("/api/login", authorization);
            assertEquals(401, response.statusCode());
            assertEquals(UNAUTHORIZED, response.body());
        }
    }

    @Test
    void laterCallsTakeTheTokenAsPasswordWithAnyUser() throws IOException {
        String token = start("3.5").login();
        for (String user : new String[] { "", "admin", "someone-else" }) {
            HttpResponse<String> response = gateway.get("/api/types/Volume/instances", basic(user, token));
            assertEquals(200, response.statusCode(), user);
            assertEquals("{\"ok\":true}", response.body());
        }
        assertEquals("admin", gateway.lastCall.get().user());
        assertEquals("GET", gateway.lastCall.get().method());
        assertEquals(401, gateway.get("/api/types/Volume/instances", basic("admin", PASSWORD)).statusCode());
        assertEquals(UNAUTHORIZED, gateway.get("/api/instances", null).body());
    }

    @Test
    void versionNeedsATokenAndAnswersAQuotedVersion() throws IOException {
        String token = start("3.5").login();
        assertEquals("\"3.5\"", gateway.get("/api/version", basic("", token)).body());
        assertEquals(401, gateway.get("/api/version", basic("admin", "bogus")).statusCode());
    }

    @Test
    void bearerIsRefusedOn35AndAcceptedFrom40() throws IOException {
        String token = start("3.5").login();
        assertEquals(401, gateway.get("/api/version", "Bearer " + token).statusCode());
        gateway.close();
        token = start("4.0").login();
        HttpResponse<String> response = gateway.get("/api/version", "Bearer " + token);
        assertEquals(200, response.statusCode());
        assertEquals("\"4.0\"", response.body());
        assertEquals(200, gateway.get("/api/instances", "Bearer " + token).statusCode());
    }

    @Test
    void logoutInvalidatesTheToken() throws IOException {
        String token = start("3.5").login();
        HttpResponse<String> response = gateway.get("/api/logout", basic("admin", token));
        assertEquals(200, response.statusCode());
        assertEquals("", response.body());
        assertEquals(401, gateway.get("/api/version", basic("admin", token)).statusCode());
        assertEquals(401, gateway.get("/api/logout", basic("admin", token)).statusCode());
    }

    @Test
    void tokensExpireWhenIdleOrTooOldOrAllAtOnce() throws IOException {
        String token = start("3.5").login();
        gateway.clock.advance(Duration.ofMinutes(10));
        assertEquals(UNAUTHORIZED, gateway.get("/api/version", basic("", token)).body());

        token = gateway.login();
        for (int minutes = 9; minutes < 8 * 60; minutes += 9) {
            gateway.clock.advance(Duration.ofMinutes(9));
            assertEquals(200, gateway.get("/api/version", basic("", token)).statusCode(), minutes + " min");
        }
        gateway.clock.advance(Duration.ofMinutes(9));
        assertEquals(401, gateway.get("/api/version", basic("", token)).statusCode());

        token = gateway.login();
        gateway.tokens.expireAll();
        assertEquals(401, gateway.get("/api/version", basic("", token)).statusCode());
    }

    @Test
    void restAuthExistsFrom40Only() throws IOException {
        String credentials = "{\"username\":\"admin\",\"password\":\"" + PASSWORD + "\"}";
        assertEquals(404, start("3.5").send("POST", "/rest/auth/login", null, credentials).statusCode());
        gateway.close();
        start("4.0");
        HttpResponse<String> login = gateway.send("POST", "/rest/auth/login", null, credentials);
        assertEquals(200, login.statusCode());
        var tokens = Replies.JSON.readTree(login.body());
        String access = tokens.get("access_token").asText();
        String refresh = tokens.get("refresh_token").asText();
        assertEquals(200, gateway.get("/api/types/System/instances", "Bearer " + access).statusCode());
        HttpResponse<String> logout = gateway.send("POST", "/rest/auth/logout", "Bearer " + access,
                "{\"refresh_token\":\"" + refresh + "\"}");
        assertEquals(204, logout.statusCode());
        assertEquals(401, gateway.get("/api/types/System/instances", "Bearer " + access).statusCode());
        assertEquals(401, gateway.send("POST", "/rest/auth/login", null,
                "{\"username\":\"admin\",\"password\":\"x\"}").statusCode());
        assertEquals(400, gateway.send("POST", "/rest/auth/login", null, "[]").statusCode());
    }
}
