package io.arrowhead.scaleio.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.client.model.VolumeType;

/** Unreachable, slow, hung and dropped gateways each surface as their own clear exception. */
class TransportFailureTest {

    private SimulatedGateway gateway;

    @BeforeEach
    void startGateway() throws IOException {
        gateway = SimulatedGateway.start();
    }

    @AfterEach
    void stopGateway() throws IOException {
        gateway.faults().clear();
        gateway.close();
    }

    @Test
    void aClosedPortIsUnreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        GatewayClient client = GatewayClient.create(GatewayConfig.builder("https://127.0.0.1:" + closedPort)
                .user("admin").password("x".toCharArray()).build());

        GatewayUnreachableException unreachable = assertThrows(GatewayUnreachableException.class, client::login);

        assertTrue(unreachable.getMessage().contains("127.0.0.1:" + closedPort), unreachable.getMessage());
        client.close();
    }

    // The timeouts leave the login room on a loaded 2-core CI machine, where 500 ms was once too short for it.
    @Test
    void aGatewayThatDoesNotAnswerInTimeTimesOut() throws IOException {
        GatewayClient client = gateway.client(config -> config.readTimeout(Duration.ofSeconds(2)));
        client.login();
        gateway.faults().hangNext("GET /api/types/Sdc/instances", 1);

        assertThrows(GatewayTimeoutException.class, client::sdcs);

        gateway.faults().clear(); // also releases the hung call
        assertFalse(client.sdcs().isEmpty());
    }

    @Test
    void aGatewayThatKeepsDroppingConnectionsIsUnreachable() throws IOException {
        GatewayClient client = gateway.client();
        client.login();
        gateway.faults().dropNext("GET /api/types/Sdc/instances", 50);

        assertThrows(GatewayUnreachableException.class, client::sdcs);

        gateway.faults().clear();
        assertFalse(client.sdcs().isEmpty());
    }

    @Test
    void aDroppedActionIsReportedAndNeverSentTwice() throws IOException {
        GatewayClient client = gateway.client();
        String poolId = client.storagePools().get(0).id();
        gateway.faults().dropNext("POST /api/types/Volume/instances", 1);

        assertThrows(GatewayUnreachableException.class, () -> client.createVolume(
                VolumeRequest.ofGib(poolId, "dropped-create", 8, VolumeType.THIN_PROVISIONED)));

        assertTrue(client.volumes().stream().noneMatch(volume -> volume.name().equals("dropped-create")));
        client.createVolume(VolumeRequest.ofGib(poolId, "dropped-create", 8, VolumeType.THIN_PROVISIONED));
    }

    @Test
    void addedLatencyBeyondTheReadTimeoutTimesOut() throws IOException {
        GatewayClient client = gateway.client(config -> config.readTimeout(Duration.ofSeconds(2)));
        client.login();
        gateway.faults().setLatency("GET /api/types/System/instances", Duration.ofSeconds(5));

        assertThrows(GatewayTimeoutException.class, client::systems);

        gateway.faults().clear();
        assertFalse(client.systems().isEmpty());
    }

    @Test
    void aHungCallIsCancelledFromAnotherThread() throws Exception {
        GatewayClient client = gateway.client();
        client.login();
        gateway.faults().hangNext("GET /api/types/Volume/instances", 1);
        CallCancellation cancellation = new CallCancellation();
        GatewayClient cancellable = client.withCancellation(cancellation);

        CompletableFuture<Object> call = CompletableFuture.supplyAsync(() -> {
            try {
                return cancellable.volumes();
            } catch (IOException e) {
                return e;
            }
        });
        awaitHungCall(call);
        cancellation.cancel();

        assertInstanceOf(GatewayCancelledException.class, call.get(10, TimeUnit.SECONDS));
        assertTrue(cancellation.isCancelled());
        assertThrows(GatewayCancelledException.class, cancellable::sdcs);
        assertFalse(client.sdcs().isEmpty(), "cancelling a view must leave the client usable");
    }

    @Test
    void failedCallsCarryTheGatewaysStatusCodeAndMessage() throws IOException {
        GatewayClient client = gateway.client();
        client.login();
        gateway.faults().failNext("GET /api/types/Sdc/instances", 1, 500, 69, "Communication error");

        GatewayException failed = assertThrows(GatewayException.class, client::sdcs);

        assertEquals(500, failed.httpStatus());
        assertEquals(GatewayErrorCode.COMMUNICATION_ERROR, failed.errorCode());
        assertEquals("Communication error", failed.gatewayMessage());
        assertTrue(failed.getMessage().contains("Communication error"), failed.getMessage());
    }

    /** The hang holds the call; give it a moment to reach the gateway so cancel() hits an in-flight call. */
    private static void awaitHungCall(CompletableFuture<Object> call) throws InterruptedException, ExecutionException {
        try {
            Object early = call.get(300, TimeUnit.MILLISECONDS);
            throw new AssertionError("the call should hang, but it ended with " + early);
        } catch (java.util.concurrent.TimeoutException stillHanging) {
            // Expected: the call is held by the simulator.
        }
    }
}
