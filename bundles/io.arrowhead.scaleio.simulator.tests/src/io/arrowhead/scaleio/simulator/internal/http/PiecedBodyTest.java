package io.arrowhead.scaleio.simulator.internal.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.simulator.internal.PiecedBody;

/** A body in many pieces goes out whole, in order, with the right Content-Length, however the chunks fall. */
class PiecedBodyTest {

    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void manyPiecesSmallAndLargerThanAChunkArriveWholeOnOneConnection() throws IOException {
        List<byte[]> pieces = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(14);
        for (int i = 0; i < 6000; i++) {
            pieces.add(piece(random, 1 + random.nextInt(400)));
        }
        pieces.add(3000, piece(random, PiecedBodyWriter.CHUNK_BYTES + 1234)); // split over two chunks
        pieces.add(piece(random, PiecedBodyWriter.CHUNK_BYTES * 2)); // ends on a chunk boundary or not
        PiecedBody body = PiecedBody.of(pieces);
        byte[] expected = body.toByteArray();
        assertEquals(expected.length, body.length());
        server = HttpServer.start(HttpServerSettings.plain("127.0.0.1", 0, "Test"),
                request -> request.rawPath().equals("/small") ? HttpResponse.json(200, PiecedBody.of(List.of(
                        "[".getBytes(StandardCharsets.US_ASCII), "1".getBytes(StandardCharsets.US_ASCII),
                        "]".getBytes(StandardCharsets.US_ASCII)))) : HttpResponse.json(200, body),
                (status, message) -> HttpResponse.empty(status));
        for (int round = 0; round < 2; round++) { // the second request reuses the kept-alive connection
            HttpURLConnection connection = (HttpURLConnection) URI
                    .create("http://127.0.0.1:" + server.port() + "/big").toURL().openConnection();
            assertEquals(200, connection.getResponseCode());
            assertEquals(expected.length, connection.getContentLengthLong());
            assertEquals(HttpResponse.JSON, connection.getContentType());
            assertArrayEquals(expected, readAll(connection.getInputStream()));
        }
        HttpURLConnection small = (HttpURLConnection) URI.create("http://127.0.0.1:" + server.port() + "/small")
                .toURL().openConnection();
        assertEquals(3, small.getContentLengthLong());
        assertEquals("[1]", new String(readAll(small.getInputStream()), StandardCharsets.US_ASCII));
    }

    private static byte[] piece(SplittableRandom random, int length) {
        byte[] piece = new byte[length];
        for (int i = 0; i < length; i++) {
            piece[i] = (byte) ('a' + random.nextInt(26));
        }
        return piece;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return all.toByteArray();
        }
    }
}
