package io.arrowhead.scaleio.simulator.internal.gateway;

import java.time.Duration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.arrowhead.scaleio.simulator.internal.api.ApiResponse;
import io.arrowhead.scaleio.simulator.internal.http.HttpResponse;

/** Answers in the gateway's formats: JSON bodies, quoted JSON strings, and its error object. */
final class Replies {

    /** Also reads the login and admin bodies; a repeated field there is refused like any malformed body. */
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private Replies() {
    }

    static HttpResponse of(ApiResponse response) {
        return HttpResponse.json(response.status(), response.content());
    }

    /** {@code {"message","httpStatusCode","errorCode"}}; errorCode 0 for transport-level errors. */
    static HttpResponse error(int status, int errorCode, String message) {
        return of(ApiResponse.error(status, errorCode, message));
    }

    static HttpResponse unauthorized() {
        return error(401, 0, "Unauthorized");
    }

    /** The answer to a login tried while its address must still wait after failed logins. */
    static HttpResponse tooManyFailedLogins(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return error(429, 0, "Too many failed logins from this address; try again in " + seconds
                + (seconds == 1 ? " second." : " seconds.")).withHeader("Retry-After", String.valueOf(seconds));
    }

    static HttpResponse notFound(String path) {
        return error(404, 0, "The requested resource " + path + " is not available");
    }

    static HttpResponse methodNotAllowed(String method, String path) {
        return error(405, 0, "Method " + method + " is not allowed on " + path);
    }

    /** A bare JSON string such as a token or {@code "3.5"}; PyPowerFlex JSON-decodes it, so it must be quoted. */
    static HttpResponse quoted(String text) {
        return json(200, JSON.getNodeFactory().textNode(text));
    }

    static HttpResponse json(int status, JsonNode body) {
        try {
            return HttpResponse.json(status, JSON.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serialises", e);
        }
    }
}
