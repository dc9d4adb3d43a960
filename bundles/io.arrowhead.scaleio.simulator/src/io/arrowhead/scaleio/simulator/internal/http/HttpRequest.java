package io.arrowhead.scaleio.simulator.internal.http;

/**
 * One parsed request.
 *
 * @param method the method token as sent, e.g. {@code GET}
 * @param rawPath the request target up to the query, still percent-encoded
 * @param rawQuery the part after {@code ?}, still encoded, or {@code null} when there is none
 * @param version {@code HTTP/1.1} or {@code HTTP/1.0}
 * @param headers the header fields
 * @param body the body after removing any chunked framing, empty when there is none
 * @param clientAddress the IP address of the client, as text
 */
public record HttpRequest(String method, String rawPath, String rawQuery, String version, HttpHeaders headers,
        byte[] body, String clientAddress) {

    /** Whether the client wants the connection kept open: the default of HTTP/1.1, an opt-in for HTTP/1.0. */
    public boolean keepAlive() {
        if (headers.hasToken("Connection", "close")) {
            return false;
        }
        return "HTTP/1.1".equals(version) || headers.hasToken("Connection", "keep-alive");
    }

    /** The same request with the body read after it was admitted. */
    HttpRequest withBody(byte[] content) {
        return new HttpRequest(method, rawPath, rawQuery, version, headers, content, clientAddress);
    }
}
