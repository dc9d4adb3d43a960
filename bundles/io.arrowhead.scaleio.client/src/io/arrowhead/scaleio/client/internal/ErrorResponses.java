package io.arrowhead.scaleio.client.internal;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JacksonException;

import io.arrowhead.scaleio.client.ErrorDetail;
import io.arrowhead.scaleio.client.GatewayAuthenticationException;
import io.arrowhead.scaleio.client.GatewayEndpoint;
import io.arrowhead.scaleio.client.GatewayException;

/**
 * Reads the gateway's error answers into {@link GatewayException}s. The body is streamed like any other answer, so
 * the answer size limit holds for errors too.
 */
public final class ErrorResponses {

    private static final String WITH_DETAILS = "Error with details";

    /** The wire form: {@code {"message","httpStatusCode","errorCode","details"}}. */
    private record ErrorBody(String message, Integer httpStatusCode, Integer errorCode, List<ErrorDetail> details) {
    }

    /** What the exception reports: the first detail stands in for an "Error with details" answer. */
    private record Reported(int errorCode, String message, List<ErrorDetail> details) {
    }

    private ErrorResponses() {
    }

    /** @throws IOException if reading the body failed or went past the limit */
    public static GatewayException of(GatewayEndpoint endpoint, HttpAnswer answer) throws IOException {
        Reported reported = read(answer);
        return new GatewayException(endpoint, answer.status(), reported.errorCode(), reported.message(),
                reported.details());
    }

    /** @param situation what was refused, such as "The gateway refused the login of user 'admin'" */
    public static GatewayAuthenticationException authentication(GatewayEndpoint endpoint, HttpAnswer answer,
            String situation) throws IOException {
        Reported reported = read(answer);
        return new GatewayAuthenticationException(endpoint, situation, answer.status(), reported.errorCode(),
                reported.message(), reported.details());
    }

    private static Reported read(HttpAnswer answer) throws IOException {
        ErrorBody body = parse(answer);
        if (body == null || body.message() == null && body.errorCode() == null) {
            // not a gateway error, such as the HTML page PowerFlex 4.x may send: fall back to the status text
            return new Reported(GatewayException.NO_ERROR_CODE, statusText(answer), List.of());
        }
        List<ErrorDetail> details = body.details() == null ? List.of() : body.details();
        int errorCode = body.errorCode() == null ? GatewayException.NO_ERROR_CODE : body.errorCode();
        String message = body.message();
        if (!details.isEmpty() && (WITH_DETAILS.equals(message) || message == null)) {
            // as goscaleio does: the first detail says what actually went wrong
            ErrorDetail first = details.get(0);
            message = first.errorMessage() != null ? first.errorMessage() : first.error();
            if ((errorCode == 0 || errorCode == GatewayException.NO_ERROR_CODE) && first.rc() != null) {
                errorCode = first.rc();
            }
        }
        return new Reported(errorCode, message, details);
    }

    /** The error body, or {@code null} if it is empty or not JSON. */
    private static ErrorBody parse(HttpAnswer answer) throws IOException {
        try {
            return Json.read(answer.parser(), ErrorBody.class);
        } catch (JacksonException e) {
            if (answer.readStopped()) {
                throw e; // the connection or a limit, not the form of the body
            }
            return null;
        }
    }

    private static String statusText(HttpAnswer answer) {
        if (answer.statusText() != null && !answer.statusText().isBlank()) {
            return answer.statusText();
        }
        return switch (answer.status()) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "The gateway answered with an error";
        };
    }
}
