/**
 * The state behind {@link io.arrowhead.scaleio.simulator.FaultInjector}: endpoint patterns, latencies and the queue
 * of one-shot faults, and the decision the transport asks for on every request.
 */
package io.arrowhead.scaleio.simulator.internal.faults;
