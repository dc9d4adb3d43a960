package io.arrowhead.scaleio.simulator.internal.http;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.arrowhead.scaleio.simulator.internal.PiecedBody;

/**
 * What to send back: a status, an optional typed body and extra header fields; or, for fault injection, nothing at
 * all. The server adds Date, Server, Content-Length and Connection itself.
 */
public final class HttpResponse {

    public static final String JSON = "application/json;charset=UTF-8";
    public static final String TEXT = "text/plain;charset=UTF-8";

    private static final PiecedBody NO_BODY = PiecedBody.of(new byte[0]);
    private static final HttpResponse NO_ANSWER = new HttpResponse(0, null, NO_BODY, Map.of());

    private final int status;
    private final String contentType;
    private final PiecedBody body;
    private final Map<String, String> headers;

    private HttpResponse(int status, String contentType, PiecedBody body, Map<String, String> headers) {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
        this.headers = headers;
    }

    /** A JSON answer; an empty body goes out without a Content-Type, as for the gateway's logout. */
    public static HttpResponse json(int status, byte[] body) {
        return json(status, PiecedBody.of(body));
    }

    /** A JSON answer kept in pieces, which are written as they are. */
    public static HttpResponse json(int status, PiecedBody body) {
        return body.length() == 0 ? empty(status) : new HttpResponse(status, JSON, body, Map.of());
    }

    /** A plain-text answer; it keeps its Content-Type even when empty, so a client can tell it from JSON. */
    public static HttpResponse text(int status, String body) {
        return new HttpResponse(status, TEXT, PiecedBody.of(body.getBytes(StandardCharsets.UTF_8)), Map.of());
    }

    public static HttpResponse empty(int status) {
        return new HttpResponse(status, null, NO_BODY, Map.of());
    }

    /** Makes the server close the connection without writing a single byte of an answer. */
    public static HttpResponse closeWithoutAnswer() {
        return NO_ANSWER;
    }

    /** A copy with one more header field. */
    public HttpResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new HttpResponse(status, contentType, body, Collections.unmodifiableMap(more));
    }

    public boolean answers() {
        return this != NO_ANSWER;
    }

    public int status() {
        return status;
    }

    /** The media type of the body, or {@code null} when there is no body. */
    public String contentType() {
        return contentType;
    }

    /** The whole body in one array (joined, when it is in pieces). */
    public byte[] body() {
        return body.toByteArray();
    }

    public PiecedBody content() {
        return body;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
