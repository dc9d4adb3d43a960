package io.arrowhead.scaleio.simulator.internal.gateway;

import static io.arrowhead.scaleio.simulator.internal.gateway.GatewayFixture.PASSWORD;
import static io.arrowhead.scaleio.simulator.internal.gateway.GatewayFixture.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.simulator.internal.auth.LoginThrottle;
import io.arrowhead.scaleio.simulator.internal.http.RawHttpClient;
import io.arrowhead.scaleio.simulator.internal.http.RawHttpClient.Response;

/** Repeated failed logins from one address are answered 429 with Retry-After; other addresses log in as usual. */
class LoginThrottlingTest {

    private static final String GUESSER = "127.0.0.1";
    private static final String OTHER = "127.0.0.2";

    private GatewayFixture gateway;

    @BeforeEach
    void start() throws IOException {
        gateway = new GatewayFixture("4.0");
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    private Response login(String from, String password) throws IOException {
        Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), gateway.server.port(),
                InetAddress.getByName(from), 0);
        try (RawHttpClient client = new RawHttpClient(socket)) {
            return client.send("GET /api/login HTTP/1.1\r\nHost: h\r\nAuthorization: " + basic("admin", password)
                    + "\r\n\r\n").readResponse();
        }
    }

    @Test
    void guessingFromOneAddressIsSlowedDownWithoutHoldingUpOthers() throws IOException {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES + 1; i++) {
            assertEquals(401, login(GUESSER, "guess-" + i).status());
        }
        Response refused = login(GUESSER, PASSWORD); // not even checked during the wait
        assertEquals(429, refused.status());
        assertEquals("1", refused.header("Retry-After"));
        assertEquals("{\"message\":\"Too many failed logins from this address; try again in 1 second.\","
                + "\"httpStatusCode\":429,\"errorCode\":0}", refused.body());
        assertEquals(200, login(OTHER, PASSWORD).status());

        gateway.clock.advance(Duration.ofSeconds(1));
        assertEquals(200, login(GUESSER, PASSWORD).status());
        assertEquals(401, login(GUESSER, "after-success").status()); // the success started the count afresh
    }

    @Test
    void theRestLoginAndTheAdminEndpointShareTheThrottle() throws IOException {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES + 1; i++) {
            assertEquals(401, gateway.get("/simulator/faults", basic("admin", "guess-" + i)).statusCode());
        }
        assertEquals(429, gateway.send("POST", "/rest/auth/login", null,
                "{\"username\":\"admin\",\"password\":\"" + PASSWORD + "\"}").statusCode());
        assertEquals(429, gateway.admin("GET", "/simulator/faults", null).statusCode());
    }
}
