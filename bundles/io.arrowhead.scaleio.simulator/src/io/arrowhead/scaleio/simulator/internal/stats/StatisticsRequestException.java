package io.arrowhead.scaleio.simulator.internal.stats;

import io.arrowhead.scaleio.simulator.internal.api.ApiResponse;

/** A statistics request the gateway refuses, with the error answer it gives. */
final class StatisticsRequestException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient ApiResponse response;

    StatisticsRequestException(ApiResponse response) {
        super(null, null, false, false);
        this.response = response;
    }

    /** A 400 validation error, worded like the gateway's own ("Request message is not valid: ..."). */
    static StatisticsRequestException invalid(String detail) {
        return new StatisticsRequestException(ApiResponse.error(400, 0, "Request message is not valid: " + detail));
    }

    ApiResponse response() {
        return response;
    }
}
