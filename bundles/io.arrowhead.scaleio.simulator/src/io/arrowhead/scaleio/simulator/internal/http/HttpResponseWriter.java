package io.arrowhead.scaleio.simulator.internal.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** Writes status line, header fields and body of one answer with a single flush. */
final class HttpResponseWriter {

    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    /** The Date field changes once a second; formatting it for every request would cost more than the request. */
    private static volatile CachedDate cachedDate = new CachedDate(0, "");

    private final OutputStream out;
    private final String serverName;

    HttpResponseWriter(OutputStream out, String serverName) {
        this.out = out;
        this.serverName = serverName;
    }

    void writeContinue() throws IOException {
        out.write(CONTINUE);
        out.flush();
    }

    /**
     * @param keepAlive whether the connection stays open after this answer
     * @param withBody false for HEAD, which gets the header fields of the answer but not its body
     */
    void write(HttpResponse response, boolean keepAlive, boolean http10, boolean withBody) throws IOException {
        StringBuilder head = new StringBuilder(256)
                .append("HTTP/1.1 ").append(response.status()).append(' ')
                .append(ReasonPhrases.of(response.status())).append("\r\n")
                .append("Date: ").append(date()).append("\r\n")
                .append("Server: ").append(serverName).append("\r\n");
        if (response.contentType() != null) {
            head.append("Content-Type: ").append(response.contentType()).append("\r\n");
        }
        if (response.status() != 204 && response.status() != 304) {
            head.append("Content-Length: ").append(response.body().length).append("\r\n");
        }
        for (Map.Entry<String, String> field : response.headers().entrySet()) {
            head.append(field.getKey()).append(": ").append(field.getValue()).append("\r\n");
        }
        if (!keepAlive) {
            head.append("Connection: close\r\n");
        } else if (http10) {
            head.append("Connection: keep-alive\r\n");
        }
        out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        if (withBody) {
            out.write(response.body());
        }
        out.flush();
    }

    private static String date() {
        long second = System.currentTimeMillis() / 1000;
        CachedDate current = cachedDate;
        if (current.second != second) {
            current = new CachedDate(second, IMF_FIXDATE.format(Instant.ofEpochSecond(second)));
            cachedDate = current;
        }
        return current.text;
    }

    private record CachedDate(long second, String text) {
    }
}
