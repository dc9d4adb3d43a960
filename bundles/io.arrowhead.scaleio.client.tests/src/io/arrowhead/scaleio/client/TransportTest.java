package io.arrowhead.scaleio.client;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The real OkHttp transport against local sockets that never answer: no gateway needed. A bound server socket
 * completes TCP connections through its backlog without ever accepting them.
 */
class TransportTest {

    private static GatewayConfig.Builder local(int port) {
        return GatewayConfig.builder("http://127.0.0.1:" + port).user("admin").password("secret".toCharArray());
    }

    @Test
    void aClosedPortIsUnreachable() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        try (GatewayClient client = GatewayClient.create(local(port).build())) {
            GatewayUnreachableException unreachable = assertThrows(GatewayUnreachableException.class, client::login);
            assertTrue(unreachable.getMessage().contains("http://127.0.0.1:" + port), unreachable.getMessage());
        }
    }

    @Test
    void aSilentGatewayTimesOutOnRead() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
                GatewayClient client = GatewayClient.create(
                        local(silent.getLocalPort()).readTimeout(Duration.ofMillis(300)).build())) {
            assertThrows(GatewayTimeoutException.class, client::login);
        }
    }

    @Test
    void aSilentGatewayTimesOutOnTheWholeCall() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
                GatewayClient client = GatewayClient.create(
                        local(silent.getLocalPort()).callTimeout(Duration.ofMillis(300)).build())) {
            assertThrows(GatewayTimeoutException.class, client::login);
        }
    }

    @Test
    void cancellingAbortsAWaitingCall() throws Exception {
        CallCancellation cancellation = new CallCancellation();
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
                GatewayClient client = GatewayClient.create(local(silent.getLocalPort()).build());
                ExecutorService pool = Executors.newSingleThreadExecutor()) {
            Future<?> login = pool.submit(() -> {
                client.withCancellation(cancellation).login();
                return null;
            });
            Thread.sleep(200);
            cancellation.cancel();

            Exception failure = assertThrows(Exception.class, () -> login.get(5, TimeUnit.SECONDS));
            assertInstanceOf(GatewayCancelledException.class, failure.getCause());
        }
    }
}
