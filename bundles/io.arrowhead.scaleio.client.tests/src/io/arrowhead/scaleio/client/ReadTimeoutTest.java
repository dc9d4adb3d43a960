package io.arrowhead.scaleio.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * A gateway that logs in and then hangs: small calls give up after the short read timeout, the whole-cluster load
 * after the longer one, each naming the timeout it waited. The bounds only prove that nothing hangs.
 */
class ReadTimeoutTest {

    private static final Duration DOES_NOT_HANG = Duration.ofSeconds(30);

    @Test
    void theClusterLoadHasItsOwnReadTimeout() {
        GatewayConfig config = GatewayConfig.builder("gw.example.com").user("admin").password(new char[0])
                .clusterLoadReadTimeout(Duration.ofSeconds(90)).build();

        assertEquals(Duration.ofSeconds(90), config.clusterLoadReadTimeout());
        assertEquals(GatewayConfig.DEFAULT_CLUSTER_LOAD_READ_TIMEOUT,
                GatewayConfig.builder("gw.example.com").user("admin").password(new char[0]).build()
                        .clusterLoadReadTimeout());
        assertThrows(IllegalArgumentException.class, () -> GatewayConfig.builder("gw.example.com").user("admin")
                .password(new char[0]).clusterLoadReadTimeout(Duration.ZERO).build());
    }

    @Test
    void aSmallCallToAHungGatewayFailsAfterTheShortReadTimeout() throws Exception {
        try (HungGateway gateway = new HungGateway();
                GatewayClient client = GatewayClient.create(gateway.config().readTimeout(Duration.ofMillis(300))
                        .clusterLoadReadTimeout(Duration.ofSeconds(60)).build())) {
            GatewayTimeoutException timeout = assertTimeoutPreemptively(DOES_NOT_HANG,
                    () -> assertThrows(GatewayTimeoutException.class, client::systems));

            assertTrue(timeout.getMessage().contains("did not answer within 300 ms"), timeout.getMessage());
        }
    }

    @Test
    void theClusterLoadWaitsForItsLongerReadTimeout() throws Exception {
        try (HungGateway gateway = new HungGateway();
                GatewayClient client = GatewayClient.create(gateway.config().readTimeout(Duration.ofMillis(300))
                        .clusterLoadReadTimeout(Duration.ofSeconds(2)).build())) {
            GatewayTimeoutException timeout = assertTimeoutPreemptively(DOES_NOT_HANG,
                    () -> assertThrows(GatewayTimeoutException.class, client::instances));

            assertTrue(timeout.getMessage().contains("did not answer within 2 seconds"), timeout.getMessage());
        }
    }

    @Test
    void aViewAppliesOtherReadTimeoutsToTheSameSession() throws Exception {
        try (HungGateway gateway = new HungGateway();
                GatewayClient client = GatewayClient.create(gateway.config().build())) {
            GatewayClient view = client.withReadTimeouts(Duration.ofMillis(300), Duration.ofSeconds(1));

            GatewayTimeoutException small = assertTimeoutPreemptively(DOES_NOT_HANG,
                    () -> assertThrows(GatewayTimeoutException.class, view::systems));
            GatewayTimeoutException load = assertTimeoutPreemptively(DOES_NOT_HANG,
                    () -> assertThrows(GatewayTimeoutException.class, view::instances));

            assertTrue(small.getMessage().contains("within 300 ms"), small.getMessage());
            assertTrue(load.getMessage().contains("within 1 second"), load.getMessage());
            assertTrue(client.isLoggedIn(), "the view logged in the client's session");
            gateway.close(); // else closing the client would wait out its own 60 s for the logout's answer
        }
    }
}
