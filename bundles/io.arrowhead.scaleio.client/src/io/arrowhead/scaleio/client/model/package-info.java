/**
 * The gateway's objects as immutable records, read from its JSON with the exact wire field names. Fields the
 * records do not name are ignored, numbers that can be {@code null} are boxed, and a list is never {@code null}:
 * the gateway's {@code null} (for example {@code mappedSdcInfo} of an unmapped volume) becomes an empty list.
 */
package io.arrowhead.scaleio.client.model;
