package io.arrowhead.scaleio.simulator.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** Decodes a chunked request body (RFC 9112 §7.1): sizes in hex, optional extensions and trailers ignored. */
final class ChunkedBody {

    private static final int MAX_CHUNK_LINE = 1024;
    private static final int MAX_TRAILER_LINE = 8 * 1024;

    private ChunkedBody() {
    }

    static byte[] read(HttpRequestReader reader, int maxBodyBytes) throws IOException, HttpProtocolException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            long size = chunkSize(reader.readLine(MAX_CHUNK_LINE, 400, "Chunk size line too long", false));
            if (size == 0) {
                skipTrailers(reader);
                return body.toByteArray();
            }
            if (body.size() + size > maxBodyBytes) {
                throw new HttpProtocolException(413, "Request body larger than " + maxBodyBytes + " bytes");
            }
            body.writeBytes(reader.readExactly((int) size));
            if (!reader.readLine(1, 400, "Chunk data longer than its declared size", false).isEmpty()) {
                throw new HttpProtocolException(400, "Chunk data longer than its declared size");
            }
        }
    }

    private static long chunkSize(String line) throws HttpProtocolException {
        int extension = line.indexOf(';');
        String hex = (extension < 0 ? line : line.substring(0, extension)).strip();
        if (hex.isEmpty() || hex.length() > 8 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new HttpProtocolException(400, "Invalid chunk size: " + line);
        }
        return Long.parseLong(hex, 16);
    }

    private static void skipTrailers(HttpRequestReader reader) throws IOException, HttpProtocolException {
        int lines = 0;
        while (!reader.readLine(MAX_TRAILER_LINE, 431, "Trailer field too long", false).isEmpty()) {
            if (++lines > 100) {
                throw new HttpProtocolException(431, "Too many trailer fields");
            }
        }
    }
}
