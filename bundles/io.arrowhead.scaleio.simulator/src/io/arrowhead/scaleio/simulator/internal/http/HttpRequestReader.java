package io.arrowhead.scaleio.simulator.internal.http;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Parses requests from one connection: request line, header fields, and a body framed by Content-Length or by
 * chunked transfer coding. Reads through its own buffer, because a keep-alive client sends many small requests and
 * per-byte stream calls would dominate.
 */
final class HttpRequestReader {

    private static final int MAX_REQUEST_LINE = 8 * 1024;
    private static final int MAX_HEADER_SECTION = 64 * 1024;

    private final InputStream in;
    private final int maxBodyBytes;
    private final byte[] buffer = new byte[16 * 1024];
    private final StringBuilder line = new StringBuilder(256);
    private int position;
    private int limit;

    HttpRequestReader(InputStream in, int maxBodyBytes) {
        this.in = in;
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * Reads the next request, or returns {@code null} when the client closed the connection between requests.
     *
     * @param sendContinue writes the interim {@code 100 Continue}; called only when a client waits for it
     */
    HttpRequest read(ContinueSender sendContinue) throws IOException, HttpProtocolException {
        String requestLine;
        do { // RFC 9112 §2.2: ignore empty lines before a request line
            requestLine = readLine(MAX_REQUEST_LINE, 414, "Request line too long", true);
            if (requestLine == null) {
                return null;
            }
        } while (requestLine.isEmpty());
        RequestLine parsed = RequestLine.parse(requestLine);
        HttpHeaders headers = readHeaders();
        byte[] body = readBody(parsed.version(), headers, sendContinue);
        return new HttpRequest(parsed.method(), parsed.rawPath(), parsed.rawQuery(), parsed.version(), headers, body);
    }

    private HttpHeaders readHeaders() throws IOException, HttpProtocolException {
        HttpHeaders headers = new HttpHeaders();
        int total = 0;
        for (String field = nextHeaderLine(); !field.isEmpty(); field = nextHeaderLine()) {
            total += field.length() + 2;
            if (total > MAX_HEADER_SECTION) {
                throw new HttpProtocolException(431, "Request header fields too large");
            }
            if (field.charAt(0) == ' ' || field.charAt(0) == '\t') {
                throw new HttpProtocolException(400, "Obsolete header line folding is not accepted");
            }
            int colon = field.indexOf(':');
            String name = colon > 0 ? field.substring(0, colon) : "";
            if (!RequestLine.isToken(name)) {
                throw new HttpProtocolException(400, "Malformed header field: " + field);
            }
            headers.add(name, field.substring(colon + 1).strip());
        }
        return headers;
    }

    private String nextHeaderLine() throws IOException, HttpProtocolException {
        return readLine(MAX_HEADER_SECTION, 431, "Request header fields too large", false);
    }

    private byte[] readBody(String version, HttpHeaders headers, ContinueSender sendContinue)
            throws IOException, HttpProtocolException {
        String transferEncoding = headers.get("Transfer-Encoding");
        String contentLength = headers.get("Content-Length");
        if (transferEncoding != null && contentLength != null) {
            throw new HttpProtocolException(400, "Both Transfer-Encoding and Content-Length were sent");
        }
        if (transferEncoding != null) {
            if (!transferEncoding.equalsIgnoreCase("chunked")) {
                throw new HttpProtocolException(501, "Transfer-Encoding " + transferEncoding + " is not supported");
            }
            honourExpectation(version, headers, sendContinue);
            return ChunkedBody.read(this, maxBodyBytes);
        }
        long length = contentLength == null ? 0 : parseLength(contentLength);
        if (length > maxBodyBytes) {
            throw new HttpProtocolException(413, "Request body larger than " + maxBodyBytes + " bytes");
        }
        if (length > 0) {
            honourExpectation(version, headers, sendContinue);
        }
        return readExactly((int) length);
    }

    private static long parseLength(String value) throws HttpProtocolException {
        if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new HttpProtocolException(400, "Invalid Content-Length: " + value);
        }
        return Long.parseLong(value);
    }

    private static void honourExpectation(String version, HttpHeaders headers, ContinueSender sendContinue)
            throws IOException, HttpProtocolException {
        String expect = headers.get("Expect");
        if (expect == null) {
            return;
        }
        if (!expect.equalsIgnoreCase("100-continue")) {
            throw new HttpProtocolException(417, "Unsupported expectation: " + expect);
        }
        if ("HTTP/1.1".equals(version)) {
            sendContinue.sendContinue();
        }
    }

    /** Reads one line without its CR LF; {@code null} on a clean end of stream where {@code endAllowed}. */
    String readLine(int maxLength, int tooLongStatus, String tooLongMessage, boolean endAllowed)
            throws IOException, HttpProtocolException {
        line.setLength(0);
        while (true) {
            if (position == limit && !fill()) {
                if (endAllowed && line.isEmpty()) {
                    return null;
                }
                throw new EOFException("Connection closed in the middle of a request");
            }
            byte b = buffer[position++];
            if (b == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            if (line.length() >= maxLength) {
                throw new HttpProtocolException(tooLongStatus, tooLongMessage);
            }
            line.append((char) (b & 0xff)); // ISO-8859-1, as RFC 9112 reads field octets
        }
    }

    byte[] readExactly(int length) throws IOException {
        byte[] data = new byte[length];
        int copied = Math.min(length, limit - position);
        System.arraycopy(buffer, position, data, 0, copied);
        position += copied;
        if (copied < length && in.readNBytes(data, copied, length - copied) < length - copied) {
            throw new EOFException("Connection closed in the middle of a request body");
        }
        return data;
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer, 0, buffer.length);
        position = 0;
        limit = Math.max(read, 0);
        return read > 0;
    }

    /** Writes the interim answer a client asked for with {@code Expect: 100-continue}. */
    @FunctionalInterface
    interface ContinueSender {
        void sendContinue() throws IOException;
    }
}
