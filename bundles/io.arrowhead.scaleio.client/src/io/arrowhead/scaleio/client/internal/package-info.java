/**
 * The plumbing behind {@link io.arrowhead.scaleio.client.GatewayClient}: the OkHttp transport and its TLS trust,
 * the login session, request paths and bodies, JSON decoding and the mapping of failures to exceptions. Not API.
 */
package io.arrowhead.scaleio.client.internal;
