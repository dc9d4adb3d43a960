package io.arrowhead.scaleio.simulator.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.simulator.internal.http.RawHttpClient.Response;

class HttpRequestParsingTest {

    private static final int BODY_LIMIT = 1024;

    private HttpServer server;

    /** Echoes what the server parsed, so each test can check the parsing through a real socket. */
    private static HttpResponse echo(HttpRequest request) {
        String text = request.method() + " " + request.rawPath() + " q=" + request.rawQuery() + " type="
                + request.headers().get("content-type") + " body=" + new String(request.body(), StandardCharsets.UTF_8);
        return HttpResponse.json(200, text.getBytes(StandardCharsets.UTF_8));
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.start(HttpServerSettings.plain("127.0.0.1", 0, "Test").withMaxBodyBytes(BODY_LIMIT),
                HttpRequestParsingTest::echo,
                (status, message) -> HttpResponse.json(status, message.getBytes(StandardCharsets.UTF_8)));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void servesSeveralRequestsOnOneKeptAliveConnection() throws IOException {
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            for (int i = 0; i < 3; i++) {
                client.send("POST /api/x" + i + "?a=b HTTP/1.1\r\nHost: h\r\nCONTENT-TYPE: application/json;version=3.5"
                        + "\r\nContent-Length: 2\r\n\r\n{}");
                Response response = client.readResponse();
                assertEquals("POST /api/x" + i + " q=a=b type=application/json;version=3.5 body={}", response.body());
                assertNull(response.header("Connection"));
            }
        }
    }

    @Test
    void answersCarryDateServerTypeAndLength() throws IOException {
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            Response response = client.send("GET /a HTTP/1.1\r\nHost: h\r\n\r\n").readResponse();
            assertEquals("HTTP/1.1 200 OK", response.statusLine());
            assertTrue(response.header("Date").endsWith(" GMT"), response.header("Date"));
            assertEquals("Test", response.header("Server"));
            assertEquals("application/json;charset=UTF-8", response.header("Content-Type"));
            assertEquals(String.valueOf(response.body().length()), response.header("Content-Length"));
        }
    }

    @Test
    void decodesAChunkedBodyWithExtensionsAndTrailers() throws IOException {
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.send("POST /c HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: Chunked\r\n\r\n"
                    + "4;name=value\r\n{\"a\"\r\n3\r\n:1}\r\n0\r\nX-Trailer: t\r\n\r\n");
            assertEquals("POST /c q=null type=null body={\"a\":1}", client.readResponse().body());
            client.send("GET /after HTTP/1.1\r\nHost: h\r\n\r\n");
            assertEquals(200, client.readResponse().status());
        }
    }

    @Test
    void sendsContinueBeforeReadingTheBodyWhenAsked() throws IOException {
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.send("PUT /e HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
            Response interim = client.readResponse();
            assertEquals(100, interim.status());
            client.send("hello");
            assertEquals("PUT /e q=null type=null body=hello", client.readResponse().body());
        }
    }

    @Test
    void refusesAnOversizedBodyWith413BeforeAskingForIt() throws IOException {
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.send("POST /big HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: "
                    + (BODY_LIMIT + 1) + "\r\n\r\n");
            Response response = client.readResponse();
            assertEquals(413, response.status());
            assertEquals("close", response.header("Connection"));
            assertTrue(client.isClosedByServer());
        }
    }

    @Test
    void refusesAnOversizedChunkedBodyWith413() throws IOException {
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            String chunk = "a".repeat(BODY_LIMIT / 2 + 1);
            String size = Integer.toHexString(chunk.length());
            client.send("POST /big HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + size + "\r\n" + chunk + "\r\n" + size + "\r\n" + chunk + "\r\n0\r\n\r\n");
            assertEquals(413, client.readResponse().status());
        }
    }

    @Test
    void answersMalformedRequestsWith400AndCloses() throws IOException {
        for (String request : new String[] { "GARBAGE\r\n\r\n", "GET a HTTP/1.1\r\n\r\n",
                "GET /a HTTP/1.1\r\nHost: h\r\nBad Header: x\r\n\r\n", "GET /a HTTP/1.1\r\nHost: h\r\n folded\r\n\r\n",
                "POST /a HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n",
                "POST /a HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n" }) {
            try (RawHttpClient client = new RawHttpClient(server.port())) {
                Response response = client.send(request).readResponse();
                assertNotNull(response, request);
                assertEquals(400, response.status(), request);
                assertTrue(client.isClosedByServer(), request);
            }
        }
    }

    @Test
    void refusesUnsupportedVersionsCodingsAndExpectations() throws IOException {
        assertEquals(505, exchange("GET /a\r\n\r\n").status()); // HTTP/0.9
        assertEquals(426, exchange("GET /a HTTP/2.0\r\n\r\n").status()); // HTTP/2 only after an upgrade
        // RFC 9112 §6.3: a request whose last transfer coding is not chunked has no knowable length
        assertEquals(400, exchange("POST /a HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip\r\n\r\n").status());
        assertEquals(417, exchange("POST /a HTTP/1.1\r\nHost: h\r\nExpect: magic\r\nContent-Length: 1\r\n\r\nx").status());
        assertEquals(431, exchange("GET /a HTTP/1.1\r\nHost: h\r\nX: " + "y".repeat(70_000) + "\r\n\r\n").status());
    }

    @Test
    void reducesAnAbsoluteTargetToItsPath() throws IOException {
        assertEquals("GET /api/login q=x=1 type=null body=",
                exchange("GET https://gw:443/api/login?x=1 HTTP/1.1\r\nHost: gw:443\r\n\r\n").body());
    }

    private Response exchange(String request) throws IOException {
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            return client.send(request).readResponse();
        }
    }
}
