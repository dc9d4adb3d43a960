package io.arrowhead.scaleio.simulator.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.simulator.internal.http.RawHttpClient.Response;

class HttpServerLifecycleTest {

    private static final byte[] OK = "{}".getBytes(StandardCharsets.US_ASCII);
    private static final ErrorResponder ERRORS =
            (status, message) -> HttpResponse.json(status, message.getBytes(StandardCharsets.UTF_8));

    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private HttpServer start(HttpServerSettings settings, HttpHandler handler) throws IOException {
        server = HttpServer.start(settings, handler, ERRORS);
        return server;
    }

    private HttpServer start(HttpHandler handler) throws IOException {
        return start(HttpServerSettings.plain("127.0.0.1", 0, "Test"), handler);
    }

    @Test
    void honoursConnectionCloseAndTheHttp10Default() throws IOException {
        start(request -> HttpResponse.json(200, OK));
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            Response response = client.send("GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n").readResponse();
            assertEquals("close", response.header("Connection"));
            assertTrue(client.isClosedByServer());
        }
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            assertEquals("close", client.send("GET / HTTP/1.0\r\n\r\n").readResponse().header("Connection"));
            assertTrue(client.isClosedByServer());
        }
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.send("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
            assertEquals("keep-alive", client.readResponse().header("Connection"));
            assertEquals(200, client.send("GET / HTTP/1.0\r\n\r\n").readResponse().status());
        }
    }

    @Test
    void closesAConnectionThatStaysIdle() throws IOException {
        start(HttpServerSettings.plain("127.0.0.1", 0, "Test").withIdleTimeout(Duration.ofMillis(200)),
                request -> HttpResponse.json(200, OK));
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            assertEquals(200, client.send("GET / HTTP/1.1\r\nHost: h\r\n\r\n").readResponse().status());
            assertTrue(client.isClosedByServer()); // blocks until the server gives up on the silent client
        }
    }

    @Test
    void answersAFailingHandlerWith500AndKeepsServing() throws IOException {
        start(request -> {
            if (request.rawPath().equals("/boom")) {
                throw new IllegalStateException("boom");
            }
            return HttpResponse.json(200, OK);
        });
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            Response failed = client.send("GET /boom HTTP/1.1\r\nHost: h\r\n\r\n").readResponse();
            assertEquals(500, failed.status());
            assertTrue(failed.body().contains("boom"), failed.body());
            assertEquals(200, client.send("GET /fine HTTP/1.1\r\nHost: h\r\n\r\n").readResponse().status());
        }
    }

    @Test
    void answersHeadWithoutABodyAndEmptyAnswersWithoutAType() throws IOException {
        start(request -> request.method().equals("HEAD") ? HttpResponse.json(200, OK) : HttpResponse.empty(200));
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.send("HEAD / HTTP/1.1\r\nHost: h\r\n\r\nGET / HTTP/1.1\r\nHost: h\r\n\r\n");
            Response head = client.readHeadResponse();
            assertEquals("2", head.header("Content-Length"));
            Response empty = client.readResponse(); // right after the HEAD header fields: no body came in between
            assertEquals(200, empty.status());
            assertEquals("0", empty.header("Content-Length"));
            assertNull(empty.header("Content-Type"));
        }
    }

    @Test
    void stopClosesOpenConnectionsAndInterruptsBlockedHandlers() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        start(request -> {
            entered.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return HttpResponse.closeWithoutAnswer();
        });
        try (RawHttpClient blocked = new RawHttpClient(server.port());
                RawHttpClient idle = new RawHttpClient(server.port())) {
            blocked.send("GET / HTTP/1.1\r\nHost: h\r\n\r\n");
            assertTrue(entered.await(10, TimeUnit.SECONDS));
            assertTimeoutPreemptively(Duration.ofSeconds(10), server::stop);
            assertTrue(interrupted.await(10, TimeUnit.SECONDS));
            assertNull(blocked.readResponse());
            assertTrue(idle.isClosedByServer());
        }
        assertThrows(ConnectException.class, () -> new RawHttpClient(server.port()).close());
    }

    @Test
    void reportsAPortInUseClearly() throws IOException {
        start(request -> HttpResponse.json(200, OK));
        BindException e = assertThrows(BindException.class, () -> HttpServer.start(
                HttpServerSettings.plain("127.0.0.1", server.port(), "Test"), request -> null, ERRORS));
        assertTrue(e.getMessage().contains("127.0.0.1:" + server.port()), e.getMessage());
    }

    @Test
    void servesThousandsOfRequestsOnOneKeptAliveConnection() throws IOException {
        // How fast is measured by the JMH benchmarks (docs/benchmarks.md); this checks that one socket carries them.
        start(request -> HttpResponse.json(200, OK));
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            for (int i = 0; i < 5000; i++) {
                assertEquals(200, client.send("GET /api/version HTTP/1.1\r\nHost: h\r\n\r\n").readResponse().status());
            }
        }
        assertFalse(server.isTls());
    }
}
