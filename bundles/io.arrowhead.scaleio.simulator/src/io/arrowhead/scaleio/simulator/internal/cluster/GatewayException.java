package io.arrowhead.scaleio.simulator.internal.cluster;

import io.arrowhead.scaleio.simulator.internal.api.ApiResponse;

/**
 * A refused request, carrying the exact error answer. Handlers throw it from any depth before they change state;
 * the router turns it into the response.
 */
final class GatewayException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ApiResponse response;

    GatewayException(int status, int errorCode, String message) {
        // No stack trace: these are answers, not faults, and a busy client may provoke thousands of them.
        super(message, null, false, false);
        this.response = ApiResponse.error(status, errorCode, message);
    }

    ApiResponse response() {
        return response;
    }
}
