package io.arrowhead.scaleio.simulator.internal.api;

/**
 * The gateway's REST API behind authentication: routes a call to the simulated cluster and answers it exactly as a
 * gateway would, errors included. Implementations are thread-safe.
 */
public interface GatewayApi {

    ApiResponse handle(ApiRequest request);
}
