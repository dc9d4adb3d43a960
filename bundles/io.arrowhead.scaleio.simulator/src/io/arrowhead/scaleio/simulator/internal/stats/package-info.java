/**
 * The statistics of the simulated REST gateway: capacities derived from the cluster state, user I/O from a seeded,
 * stateless workload that flows only through the mappings of connected SDCs, rebuilds and rebalances from injected
 * device failures, answered per object and through both querySelectedStatistics forms
 * ({@link io.arrowhead.scaleio.simulator.internal.stats.StatisticsService}).
 * <p>
 * Wire names are the gateway's, misspellings included ({@code numOccured}, {@code rfacheReadHit},
 * {@code pendingMovingOutNormrebuildJobs}, {@code vtreeAddresSpaceInKb}, {@code thinCapacityAllocatedInKm}).
 */
package io.arrowhead.scaleio.simulator.internal.stats;
