package io.arrowhead.scaleio.simulator.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.simulator.internal.http.RawHttpClient.Response;

/** The bodies held by all connections at once stay under a cap: one more is refused with 503, not buffered. */
class BodyBudgetTest {

    private static final int BODY = 40 * 1024;

    @Test
    void aBodyThatWouldGoPastTheBudgetIsRefusedUntilTheBudgetIsFreeAgain() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        HttpHandler handler = request -> {
            if (request.rawPath().equals("/hold")) {
                holding.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return HttpResponse.json(200, String.valueOf(request.body().length).getBytes(StandardCharsets.UTF_8));
        };
        HttpServerSettings settings = HttpServerSettings.plain("127.0.0.1", 0, "Test").withBodyLimits(BODY, 64 * 1024);
        try (HttpServer server = HttpServer.start(settings, handler, (status, message) -> HttpResponse.json(status,
                message.getBytes(StandardCharsets.UTF_8)));
                RawHttpClient holder = new RawHttpClient(server.port())) {
            holder.send(post("/hold"));
            assertTrue(holding.await(10, TimeUnit.SECONDS)); // its 40 KiB are held while the handler runs
            try (RawHttpClient second = new RawHttpClient(server.port())) {
                Response refused = second.send(post("/other")).readResponse();
                assertEquals(503, refused.status());
                assertEquals("1", refused.header("Retry-After"));
            }
            release.countDown();
            assertEquals(String.valueOf(BODY), holder.readResponse().body());
            try (RawHttpClient third = new RawHttpClient(server.port())) {
                assertEquals(String.valueOf(BODY), third.send(post("/other")).readResponse().body());
            }
        }
    }

    private static String post(String path) {
        return "POST " + path + " HTTP/1.1\r\nHost: h\r\nContent-Length: " + BODY + "\r\n\r\n" + "x".repeat(BODY);
    }
}
