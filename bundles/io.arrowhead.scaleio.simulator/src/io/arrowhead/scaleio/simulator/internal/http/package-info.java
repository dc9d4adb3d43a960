/**
 * The simulator's HTTP transport: Jetty's core server, plain or TLS, behind the simulator's own small request and
 * response types. It knows nothing of the gateway; {@link io.arrowhead.scaleio.simulator.internal.http.HttpHandler}
 * answers the requests.
 */
package io.arrowhead.scaleio.simulator.internal.http;
