/**
 * A client of the ScaleIO / VxFlex OS / PowerFlex REST Gateway ({@code /api/...}): {@link
 * io.arrowhead.scaleio.client.GatewayClient} with its configuration, TLS trust choices, statistics and exceptions.
 * Pure Java on OkHttp and Jackson; the gateway's objects are in {@link io.arrowhead.scaleio.client.model}.
 */
package io.arrowhead.scaleio.client;
