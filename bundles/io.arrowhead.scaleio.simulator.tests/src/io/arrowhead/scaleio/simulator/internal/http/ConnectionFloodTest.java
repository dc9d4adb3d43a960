package io.arrowhead.scaleio.simulator.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A flood of silent connections above the connection limit: the server closes the idle ones itself and keeps
 * answering a real client while the flood is open and after it. (Before Jetty, about 20,000 such connections used
 * up the file descriptors and the simulator never answered again.)
 */
class ConnectionFloodTest {

    private static final int LIMIT = 50;
    private static final int FLOOD = 80;
    private static final byte[] OK = "{}".getBytes(StandardCharsets.US_ASCII);

    @Test
    void keepsAnsweringDuringAndAfterAFloodOfIdleConnections() throws IOException {
        HttpServerSettings settings = HttpServerSettings.plain("127.0.0.1", 0, "Test")
                .withConnectionLimit(LIMIT, Duration.ofMillis(300));
        try (HttpServer server = HttpServer.start(settings, request -> HttpResponse.json(200, OK),
                (status, message) -> HttpResponse.empty(status))) {
            List<Socket> flood = new ArrayList<>();
            try {
                for (int i = 0; i < FLOOD; i++) {
                    Socket silent = new Socket("127.0.0.1", server.port());
                    silent.setSoTimeout(10_000);
                    flood.add(silent);
                }
                // "does not hang" bound only: the flood is still open, the client waits its turn in the queue
                assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertEquals(200, get(server)));
                for (Socket silent : flood.subList(0, LIMIT)) {
                    // the first to connect were accepted first; the crowded idle timeout closed them
                    assertEquals(-1, silent.getInputStream().read());
                }
            } finally {
                for (Socket silent : flood) {
                    silent.close();
                }
            }
            assertEquals(200, get(server));
        }
    }

    private static int get(HttpServer server) throws IOException {
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            return client.send("GET /api/version HTTP/1.1\r\nHost: h\r\n\r\n").readResponse().status();
        }
    }
}
