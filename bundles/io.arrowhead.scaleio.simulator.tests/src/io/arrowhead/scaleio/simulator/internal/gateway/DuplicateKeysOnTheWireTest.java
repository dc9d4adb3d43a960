package io.arrowhead.scaleio.simulator.internal.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The login and admin bodies refuse a repeated field as they refuse any malformed body. */
class DuplicateKeysOnTheWireTest {

    private GatewayFixture gateway;

    @BeforeEach
    void start() throws IOException {
        gateway = new GatewayFixture("4.0");
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void theRestLoginRefusesARepeatedPassword() throws IOException {
        String body = "{\"username\":\"admin\",\"password\":\"wrong\",\"password\":\"" + GatewayFixture.PASSWORD
                + "\"}";
        HttpResponse<String> duplicated = gateway.send("POST", "/rest/auth/login", null, body);
        HttpResponse<String> malformed = gateway.send("POST", "/rest/auth/login", null, "{\"username\":");
        assertEquals(400, duplicated.statusCode());
        assertEquals(malformed.body(), duplicated.body());
    }

    @Test
    void theAdminEndpointRefusesARepeatedAction() throws IOException {
        HttpResponse<String> duplicated = gateway.admin("POST", "/simulator/faults",
                "{\"action\":\"clear\",\"action\":\"expireTokens\"}");
        assertEquals(400, duplicated.statusCode());
        assertTrue(duplicated.body().contains("The body is not valid JSON: Duplicate field 'action'"),
                duplicated.body());
        assertEquals(400, gateway.admin("POST", "/simulator/faults", "{\"action\":").statusCode());
        assertTrue(gateway.faults.entries().isEmpty());
    }
}
