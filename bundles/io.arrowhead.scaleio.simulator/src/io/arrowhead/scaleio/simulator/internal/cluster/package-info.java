/**
 * The simulated cluster: its state, the REST API over it, and its persistence.
 * <p>
 * The entity classes are plain mutable holders. Every read and write of them happens under the lock of the
 * {@link io.arrowhead.scaleio.simulator.internal.cluster.ClusterState} they belong to, so they need no
 * synchronisation of their own.
 */
package io.arrowhead.scaleio.simulator.internal.cluster;
