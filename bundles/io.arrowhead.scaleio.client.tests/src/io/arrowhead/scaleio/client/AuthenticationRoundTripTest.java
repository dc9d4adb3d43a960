package io.arrowhead.scaleio.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.scaleio.client.model.VolumeType;

/** Login, version, token renewal and logout against the simulator, which follows the gateway's token rules. */
class AuthenticationRoundTripTest {

    private SimulatedGateway gateway;

    @AfterEach
    void stopGateway() throws IOException {
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void loginReadsTheVersionAndLaterCallsUseTheToken() throws IOException {
        gateway = SimulatedGateway.start();
        GatewayClient client = gateway.client();

        client.login();

        assertTrue(client.isLoggedIn());
        assertEquals("3.5", client.apiVersion());
        assertEquals(gateway.simulator.systemId(), client.systems().get(0).id());
    }

    @Test
    void theFirstCallLogsInByItself() throws IOException {
        gateway = SimulatedGateway.start();
        GatewayClient client = gateway.client();

        assertFalse(client.volumes().isEmpty());
        assertTrue(client.isLoggedIn());
    }

    @Test
    void aWrongPasswordIsAnAuthenticationFailure() throws IOException {
        gateway = SimulatedGateway.start();
        GatewayClient client = gateway.client(config -> config.password("not-the-password".toCharArray()));

        GatewayAuthenticationException refused = assertThrows(GatewayAuthenticationException.class, client::login);

        assertEquals(401, refused.httpStatus());
        assertFalse(client.isLoggedIn());
    }

    @Test
    void anIdleTokenExpiresAndIsRenewedOnceWithTheCallRepeated() throws IOException {
        SteppingClock clock = new SteppingClock();
        gateway = SimulatedGateway.start(builder -> builder.clock(clock));
        GatewayClient client = gateway.client();
        String poolId = client.storagePools().get(0).id();

        clock.advance(Duration.ofMinutes(11));
        String id = client.createVolume(VolumeRequest.ofGib(poolId, "after-idle-expiry", 8, VolumeType.THIN_PROVISIONED));

        assertEquals("after-idle-expiry", client.get(ObjectType.VOLUME, id).name());
        assertEquals(1, client.volumes().stream().filter(volume -> volume.name().equals("after-idle-expiry")).count(),
                "the refused request must have been repeated exactly once");
    }

    @Test
    void aTokenPastItsLifetimeIsRenewedEvenWhenUsedAllTheTime() throws IOException {
        SteppingClock clock = new SteppingClock();
        gateway = SimulatedGateway.start(builder -> builder.clock(clock));
        GatewayClient client = gateway.client();
        client.login();
        for (int step = 0; step < 53; step++) { // 7 h 57 min of activity, never 10 min idle
            clock.advance(Duration.ofMinutes(9));
            client.sdcs();
        }
        gateway.faults().failNext("GET /api/login", 1, 500, 69, "Communication error");
        clock.advance(Duration.ofMinutes(9)); // now past the 8 h lifetime

        GatewayException renewalFailed = assertThrows(GatewayException.class, client::sdcs);

        assertEquals(69, renewalFailed.errorCode(), "a token past its lifetime must lead to a new login");
    }

    @Test
    void expiredTokensAreRenewedTransparently() throws IOException {
        gateway = SimulatedGateway.start();
        GatewayClient client = gateway.client();
        client.login();

        gateway.faults().expireAllTokens();

        assertFalse(client.protectionDomains().isEmpty());
    }

    @Test
    void oneRefusalIsAbsorbedByOneNewLogin() throws IOException {
        gateway = SimulatedGateway.start();
        GatewayClient client = gateway.client();
        client.login();
        gateway.faults().failNext("GET /api/types/Volume/instances", 1, 401, 0, "Unauthorized");

        assertFalse(client.volumes().isEmpty());
    }

    @Test
    void aSecondRefusalAfterTheNewLoginIsReported() throws IOException {
        gateway = SimulatedGateway.start();
        GatewayClient client = gateway.client();
        client.login();
        gateway.faults().failNext("GET /api/types/Volume/instances", 2, 401, 0, "Unauthorized");

        GatewayAuthenticationException refused = assertThrows(GatewayAuthenticationException.class, client::volumes);

        assertEquals(401, refused.httpStatus());
        assertFalse(client.volumes().isEmpty(), "the client must recover once the gateway accepts it again");
    }

    @Test
    void logoutEndsTheSessionAndTheNextCallStartsANewOne() throws IOException {
        gateway = SimulatedGateway.start();
        GatewayClient client = gateway.client();
        client.login();

        client.logout();

        assertFalse(client.isLoggedIn());
        assertFalse(client.sdcs().isEmpty());
        assertTrue(client.isLoggedIn());
    }

    @Test
    void manyShortSessionsInARowAreServed() throws IOException {
        gateway = SimulatedGateway.start();
        GatewayClient client = gateway.client();
        for (int session = 0; session < 50; session++) {
            client.login();
            assertFalse(client.systems().isEmpty());
            client.logout();
        }
    }

    @Test
    void version4GatewaysAreCalledWithBearerTokens() throws IOException {
        gateway = SimulatedGateway.start(builder -> builder.apiVersion("4.0"));
        GatewayClient client = gateway.client();

        List<Volume> volumes = client.volumes();

        assertEquals("4.0", client.apiVersion());
        assertFalse(volumes.isEmpty());
    }

    @Test
    void bearerTokensAreOnlySentToVersion4Gateways() throws IOException {
        // The simulator, like a 3.x gateway, accepts Bearer only when it emulates 4.0 or later, so forcing 4.0
        // against a 3.5 gateway shows which scheme the client sends.
        gateway = SimulatedGateway.start();
        GatewayClient client = gateway.client(config -> config.forcedApiVersion("4.0"));

        assertThrows(GatewayAuthenticationException.class, client::volumes);
    }

    @Test
    void aForcedVersionSkipsTheVersionCall() throws IOException {
        gateway = SimulatedGateway.start();
        gateway.faults().failNext("GET /api/version", 10, 500, 69, "Communication error");
        GatewayClient forced = gateway.client(config -> config.forcedApiVersion("3.5"));
        GatewayClient discovering = gateway.client();

        forced.login();

        assertEquals("3.5", forced.apiVersion());
        assertFalse(forced.sdcs().isEmpty());
        assertEquals(69, assertThrows(GatewayException.class, discovering::login).errorCode());
    }
}
