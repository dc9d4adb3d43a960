package io.arrowhead.scaleio.client.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;

/**
 * A gateway answer whose body is parsed as it arrives, never past the configured limits. It is open only while the
 * {@link HttpTransport.AnswerHandler} given it runs.
 *
 * @see io.arrowhead.scaleio.client.GatewayConfig#maxAnswerBytes()
 */
public final class HttpAnswer {

    private final int status;
    private final String statusText;
    private final LimitedStream body;
    private final AnswerParsers parsers;
    private final List<JsonParser> opened = new ArrayList<>(1);

    HttpAnswer(int status, String statusText, LimitedStream body, AnswerParsers parsers) {
        this.status = status;
        this.statusText = statusText;
        this.body = body;
        this.parsers = parsers;
    }

    /** An answer already in memory, such as a fixture. */
    public HttpAnswer(int status, String statusText, String body) {
        this(status, statusText, new LimitedStream(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)),
                Long.MAX_VALUE - 1), AnswerParsers.forLimit(Long.MAX_VALUE));
    }

    public int status() {
        return status;
    }

    /** The reason phrase, possibly empty. */
    public String statusText() {
        return statusText;
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** A parser over the body, for answers read into model objects. */
    public JsonParser parser() throws IOException {
        return opened(parsers.values().createParser(body));
    }

    /** A parser over the body for statistics answers; see {@link AnswerParsers#statistics()}. */
    public JsonParser statisticsParser() throws IOException {
        return opened(parsers.statistics().createParser(body));
    }

    /**
     * Whether reading stopped because the connection failed or a limit was reached, rather than because the body
     * is not what was expected.
     */
    boolean readStopped() {
        return body.failed() || limitReached();
    }

    /** Whether the body went past the byte limit or a parser past the token limit. */
    boolean limitReached() {
        return body.exceeded() || opened.stream().anyMatch(parser -> parser.currentTokenCount() >= parsers.maxTokens());
    }

    boolean connectionFailed() {
        return body.readFailure() != null;
    }

    long maxTokens() {
        return parsers.maxTokens();
    }

    /** Returns the parsers' buffers; the body itself is closed with the response. */
    void closeParsers() {
        for (JsonParser parser : opened) {
            try {
                parser.close();
            } catch (IOException e) {
                // the response is closed next, which is what matters
            }
        }
    }

    private JsonParser opened(JsonParser parser) {
        opened.add(parser);
        return parser;
    }
}
