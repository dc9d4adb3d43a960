package io.arrowhead.scaleio.client.internal;

import java.io.IOException;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

import io.arrowhead.scaleio.client.CallCancellation;
import io.arrowhead.scaleio.client.GatewayClientException;

/**
 * Authenticated calls in a {@link GatewaySession}, cancelled through one {@link CallCancellation} and waiting for the
 * gateway as long as its {@link ReadTimeouts} allow. A call the gateway refuses with 401 is repeated once,
 * identically, after a fresh login.
 */
public final class ApiCalls {

    /** Decodes a successful answer as it streams in, with one of its parsers. */
    @FunctionalInterface
    public interface AnswerReader<T> {

        T read(HttpAnswer answer) throws IOException;
    }

    /** One try: refused (401) and not read, or read. */
    private record Attempt<T>(boolean refused, T value) {
    }

    private static final int UNAUTHORIZED = 401;

    private final GatewaySession session;
    private final CallCancellation cancellation;
    private final ReadTimeouts timeouts;

    public ApiCalls(GatewaySession session, CallCancellation cancellation, ReadTimeouts timeouts) {
        this.session = session;
        this.cancellation = cancellation;
        this.timeouts = timeouts;
    }

    /** The same session, cancelled through another signal. */
    public ApiCalls withCancellation(CallCancellation otherCancellation) {
        return new ApiCalls(session, otherCancellation, timeouts);
    }

    /** The same session and cancellation, with other read timeouts. */
    public ApiCalls withTimeouts(ReadTimeouts otherTimeouts) {
        return new ApiCalls(session, cancellation, otherTimeouts);
    }

    public GatewaySession session() {
        return session;
    }

    public CallCancellation cancellation() {
        return cancellation;
    }

    public <T> T get(String path, AnswerReader<T> reader) throws GatewayClientException {
        return exchange("GET", path, null, reader, timeouts.calls());
    }

    /** A GET of the whole cluster, with the longer read timeout. */
    public <T> T getClusterLoad(String path, AnswerReader<T> reader) throws GatewayClientException {
        return exchange("GET", path, null, reader, timeouts.clusterLoad());
    }

    /**
     * An action whose answer carries nothing. Gateways are seen to answer {@code {}}; whether some answer with an
     * empty body is open, so the answer is not read at all.
     */
    public void post(String path, JsonNode body) throws GatewayClientException {
        exchange("POST", path, Json.bytes(body), ignored -> null, timeouts.calls());
    }

    public <T> T post(String path, JsonNode body, AnswerReader<T> reader) throws GatewayClientException {
        return exchange("POST", path, Json.bytes(body), reader, timeouts.calls());
    }

    private <T> T exchange(String method, String path, byte[] body, AnswerReader<T> reader, Duration readTimeout)
            throws GatewayClientException {
        SessionState used = session.current(cancellation);
        Attempt<T> attempt = attempt(used, method, path, body, reader, readTimeout, false);
        if (attempt.refused()) {
            // the token expired (8 hours, or 10 idle minutes) or was revoked. Cinder also retries on 403, but the
            // gateways described answer a bad token with 401 only
            SessionState renewed = session.renew(used, cancellation);
            attempt = attempt(renewed, method, path, body, reader, readTimeout, true);
        }
        return attempt.value();
    }

    private <T> Attempt<T> attempt(SessionState state, String method, String path, byte[] body,
            AnswerReader<T> reader, Duration readTimeout, boolean afterRenewal) throws GatewayClientException {
        return session.send(state, method, path, body, cancellation, readTimeout, answer -> {
            if (answer.status() == UNAUTHORIZED && afterRenewal) {
                throw ErrorResponses.authentication(session.endpoint(), answer,
                        "The gateway refused the request even after a fresh login");
            }
            if (answer.status() == UNAUTHORIZED) {
                return new Attempt<>(true, null);
            }
            if (!answer.isSuccess()) {
                throw ErrorResponses.of(session.endpoint(), answer);
            }
            return new Attempt<>(false, reader.read(answer));
        });
    }
}
