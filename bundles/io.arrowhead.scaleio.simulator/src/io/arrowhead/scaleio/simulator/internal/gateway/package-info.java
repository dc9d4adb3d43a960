/**
 * The gateway's transport rules on top of the HTTP server: fault injection, login, logout and version, token checks
 * before the cluster's API, and the {@code /simulator/} admin endpoint.
 */
package io.arrowhead.scaleio.simulator.internal.gateway;
