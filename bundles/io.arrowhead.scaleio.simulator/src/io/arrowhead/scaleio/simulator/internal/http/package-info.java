/**
 * A small HTTP/1.1 server on plain or TLS server sockets: one platform thread accepts, one virtual thread serves
 * each connection. It knows nothing of the gateway; {@link io.arrowhead.scaleio.simulator.internal.http.HttpHandler}
 * answers the requests.
 */
package io.arrowhead.scaleio.simulator.internal.http;
