package io.arrowhead.scaleio.client.internal;

import java.io.IOException;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;

import io.arrowhead.scaleio.client.CallCancellation;
import io.arrowhead.scaleio.client.GatewayClientException;

/**
 * Authenticated calls in a {@link GatewaySession}, cancelled through one {@link CallCancellation}. A call the
 * gateway refuses with 401 is repeated once, identically, after a fresh login.
 */
public final class ApiCalls {

    /** Decodes a successful answer body. */
    @FunctionalInterface
    public interface AnswerReader<T> {

        T read(String body) throws IOException;
    }

    private static final int UNAUTHORIZED = 401;

    private final GatewaySession session;
    private final CallCancellation cancellation;

    public ApiCalls(GatewaySession session, CallCancellation cancellation) {
        this.session = session;
        this.cancellation = cancellation;
    }

    /** The same session, cancelled through another signal. */
    public ApiCalls withCancellation(CallCancellation otherCancellation) {
        return new ApiCalls(session, otherCancellation);
    }

    public GatewaySession session() {
        return session;
    }

    public CallCancellation cancellation() {
        return cancellation;
    }

    public <T> T get(String path, AnswerReader<T> reader) throws GatewayClientException {
        return read(path, exchange("GET", path, null), reader);
    }

    /**
     * An action whose answer carries nothing. Gateways are seen to answer {@code {}}; whether some answer with an
     * empty body is open, so the answer is not read at all.
     */
    public void post(String path, JsonNode body) throws GatewayClientException {
        exchange("POST", path, Json.bytes(body));
    }

    public <T> T post(String path, JsonNode body, AnswerReader<T> reader) throws GatewayClientException {
        return read(path, exchange("POST", path, Json.bytes(body)), reader);
    }

    private HttpAnswer exchange(String method, String path, byte[] body) throws GatewayClientException {
        SessionState used = session.current(cancellation);
        HttpAnswer answer = session.send(used, method, path, body, cancellation);
        if (answer.status() == UNAUTHORIZED) {
            // the token expired (8 hours, or 10 idle minutes) or was revoked. Cinder also retries on 403, but the
            // gateways described answer a bad token with 401 only
            SessionState renewed = session.renew(used, cancellation);
            answer = session.send(renewed, method, path, body, cancellation);
            if (answer.status() == UNAUTHORIZED) {
                throw ErrorResponses.authentication(session.endpoint(), answer,
                        "The gateway refused the request even after a fresh login");
            }
        }
        if (!answer.isSuccess()) {
            throw ErrorResponses.of(session.endpoint(), answer);
        }
        return answer;
    }

    private <T> T read(String path, HttpAnswer answer, AnswerReader<T> reader) throws GatewayClientException {
        try {
            return reader.read(answer.body());
        } catch (IOException e) {
            String reason = e instanceof JacksonException json ? json.getOriginalMessage() : e.getMessage();
            throw new GatewayClientException(session.endpoint(),
                    "The gateway's answer to /api/" + path + " could not be read (" + reason + ")", e);
        }
    }
}
