package io.arrowhead.scaleio.simulator.internal.http;

import java.util.Map;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Writes an {@link HttpResponse} through Jetty with the header fields the simulator has always sent. */
final class Answers {

    private Answers() {
    }

    /**
     * @param close whether the connection closes after this answer
     * @param http10 whether the request was HTTP/1.0, which needs an explicit keep-alive
     */
    static void write(HttpResponse answer, Response response, Callback callback, String serverName, boolean close,
            boolean http10) {
        response.setStatus(answer.status());
        HttpFields.Mutable fields = response.getHeaders();
        fields.put(HttpHeader.SERVER, serverName);
        if (answer.contentType() != null) {
            fields.put(HttpHeader.CONTENT_TYPE, answer.contentType());
        }
        if (answer.status() != 204 && answer.status() != 304) {
            fields.put(HttpHeader.CONTENT_LENGTH, answer.content().length());
        }
        for (Map.Entry<String, String> field : answer.headers().entrySet()) {
            fields.put(field.getKey(), field.getValue());
        }
        if (close) {
            fields.put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        } else if (http10) {
            fields.put(HttpHeader.CONNECTION, HttpHeaderValue.KEEP_ALIVE.asString());
        }
        PiecedBodyWriter.write(answer.content(), response, callback);
    }
}
