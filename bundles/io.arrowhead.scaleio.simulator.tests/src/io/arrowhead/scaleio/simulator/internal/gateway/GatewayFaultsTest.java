package io.arrowhead.scaleio.simulator.internal.gateway;

import static io.arrowhead.scaleio.simulator.internal.gateway.GatewayFixture.PASSWORD;
import static io.arrowhead.scaleio.simulator.internal.gateway.GatewayFixture.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.simulator.internal.faults.EndpointPattern;
import io.arrowhead.scaleio.simulator.internal.http.RawHttpClient;

class GatewayFaultsTest {

    private GatewayFixture gateway;
    private String auth;

    @BeforeEach
    void start() throws IOException {
        gateway = new GatewayFixture("3.5");
        auth = basic("", gateway.login());
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "condition not met within 10 s");
            Thread.sleep(5);
        }
    }

    private String rawVersionRequest() {
        return "GET /api/version HTTP/1.1\r\nHost: h\r\nAuthorization: " + auth + "\r\n\r\n";
    }

    @Test
    void failNextAnswersTheErrorCountTimesThenServesNormally() throws IOException {
        gateway.faults.failNext(EndpointPattern.parse("GET /api/types/*"), 2, 500, 79, "Could not find the volume");
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> failed = gateway.get("/api/types/Volume/instances", auth);
            assertEquals(500, failed.statusCode());
            assertEquals("{\"message\":\"Could not find the volume\",\"httpStatusCode\":500,\"errorCode\":79}",
                    failed.body());
        }
        assertEquals(200, gateway.get("/api/types/Volume/instances", auth).statusCode());
    }

    @Test
    void faultsApplyToLoginAndOnlyToMatchingMethods() throws IOException {
        gateway.faults.failNext(EndpointPattern.parse("/api/login"), 1, 503, 0, "Busy");
        gateway.faults.failNext(EndpointPattern.parse("POST /api/version"), 1, 500, 0, "never: GET is asked");
        assertEquals(503, gateway.get("/api/login", basic("admin", PASSWORD)).statusCode());
        assertEquals(200, gateway.get("/api/version", auth).statusCode());
        assertEquals(200, gateway.get("/api/login", basic("admin", PASSWORD)).statusCode());
    }

    @Test
    void latencyDelaysTheMatchingCalls() throws IOException {
        gateway.faults.setLatency(EndpointPattern.parse("/api/version"), Duration.ofMillis(300));
        long start = System.nanoTime();
        assertEquals(200, gateway.get("/api/version", auth).statusCode());
        assertTrue(System.nanoTime() - start >= Duration.ofMillis(300).toNanos());
        gateway.faults.setLatency(EndpointPattern.parse("/api/version"), Duration.ZERO);
        gateway.faults.setLatency(Duration.ofMillis(200));
        start = System.nanoTime();
        assertEquals(200, gateway.get("/api/instances", auth).statusCode());
        assertTrue(System.nanoTime() - start >= Duration.ofMillis(200).toNanos());
    }

    @Test
    void dropNextClosesTheConnectionWithoutAnAnswer() throws IOException {
        gateway.faults.dropNext(EndpointPattern.parse("GET /api/version"), 1);
        try (RawHttpClient client = new RawHttpClient(gateway.server.port())) {
            assertNull(client.send(rawVersionRequest()).readResponse());
        }
        try (RawHttpClient client = new RawHttpClient(gateway.server.port())) {
            assertEquals(200, client.send(rawVersionRequest()).readResponse().status());
        }
    }

    @Test
    void hangNextBlocksUntilReleasedThenClosesWithoutAnAnswer() throws Exception {
        gateway.faults.hangNext(EndpointPattern.parse("/api/*"), 1);
        try (RawHttpClient client = new RawHttpClient(gateway.server.port())) {
            CompletableFuture<RawHttpClient.Response> answer = CompletableFuture.supplyAsync(() -> {
                try {
                    return client.send(rawVersionRequest()).readResponse();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            await(() -> gateway.faults.hangingRequests() == 1);
            assertTrue(gateway.faults.describe().contains("hanging requests: 1"));
            assertEquals(200, gateway.admin("GET", "/simulator/faults", null).statusCode()); // admin is exempt
            assertEquals(200, gateway.get("/api/version", auth).statusCode()); // the fault took one call only
            assertTrue(!answer.isDone());
            gateway.faults.releaseHangs();
            assertNull(answer.get());
        }
        await(() -> gateway.faults.hangingRequests() == 0);
    }

    @Test
    void stoppingTheServerEndsHangingCalls() throws Exception {
        gateway.faults.hangNext(EndpointPattern.parse("GET /api/version"), 1);
        try (RawHttpClient client = new RawHttpClient(gateway.server.port())) {
            client.send(rawVersionRequest());
            await(() -> gateway.faults.hangingRequests() == 1);
            assertTimeoutPreemptively(Duration.ofSeconds(10), gateway.server::stop);
            assertNull(client.readResponse());
        }
        assertEquals(0, gateway.faults.hangingRequests());
    }
}
