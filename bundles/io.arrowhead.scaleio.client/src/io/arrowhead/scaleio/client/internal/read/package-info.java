/**
 * Hand-written streaming readers for the big answers (volumes, SDCs, SDSs, devices, VTrees and the whole-system
 * snapshot): each reads a record straight from the parser's tokens, without Jackson databind's per-property
 * machinery, and hands any value of an unexpected shape to databind, so that coercions, unknown enum values and
 * errors stay exactly as {@link io.arrowhead.scaleio.client.internal.Json} configures them.
 */
package io.arrowhead.scaleio.client.internal.read;
