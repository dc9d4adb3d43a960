package io.arrowhead.scaleio.simulator.internal.api;

import java.nio.charset.StandardCharsets;

/**
 * What the cluster answers: a status and a JSON body (every gateway answer is JSON, even a bare token or id).
 */
public record ApiResponse(int status, byte[] body) {

    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.US_ASCII);

    public static ApiResponse ok(byte[] json) {
        return new ApiResponse(200, json);
    }

    /** The {@code {}} answer of actions that document no body; PyPowerFlex JSON-decodes every answer. */
    public static ApiResponse emptyObject() {
        return new ApiResponse(200, EMPTY_OBJECT);
    }

    /** A gateway error body, {@code {"message","httpStatusCode","errorCode"}}. */
    public static ApiResponse error(int status, int errorCode, String message) {
        return new ApiResponse(status, ErrorBody.json(status, errorCode, message));
    }
}
