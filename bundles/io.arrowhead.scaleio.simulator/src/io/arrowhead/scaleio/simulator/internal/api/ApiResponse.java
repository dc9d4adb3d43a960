package io.arrowhead.scaleio.simulator.internal.api;

import java.nio.charset.StandardCharsets;

import io.arrowhead.scaleio.simulator.internal.PiecedBody;

/**
 * What the cluster answers: a status and a JSON body (every gateway answer is JSON, even a bare token or id). Large
 * lists keep their body in pieces, which the server writes without joining them.
 */
public record ApiResponse(int status, PiecedBody content) {

    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.US_ASCII);

    public static ApiResponse ok(byte[] json) {
        return ok(PiecedBody.of(json));
    }

    public static ApiResponse ok(PiecedBody json) {
        return new ApiResponse(200, json);
    }

    /** The {@code {}} answer of actions that document no body; PyPowerFlex JSON-decodes every answer. */
    public static ApiResponse emptyObject() {
        return ok(EMPTY_OBJECT);
    }

    /** A gateway error body, {@code {"message","httpStatusCode","errorCode"}}. */
    public static ApiResponse error(int status, int errorCode, String message) {
        return new ApiResponse(status, PiecedBody.of(ErrorBody.json(status, errorCode, message)));
    }

    /** The whole body in one array (joined, when it is in pieces). */
    public byte[] body() {
        return content.toByteArray();
    }
}
