package io.arrowhead.scaleio.simulator.internal.stats;

import java.time.Clock;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.arrowhead.scaleio.simulator.internal.api.ApiResponse;
import io.arrowhead.scaleio.simulator.internal.cluster.ClusterState;
import io.arrowhead.scaleio.simulator.internal.cluster.StoragePoolEntity;

/**
 * The gateway's statistics over a simulated cluster: per-object statistics and both querySelectedStatistics
 * forms. Capacities derive from the state on every call; I/O comes from the seeded {@link Workload} for the last
 * complete second of the clock, so calls within one second agree. Every method expects the caller to hold the
 * state's read lock; the service itself keeps no mutable state and is thread-safe.
 */
public final class StatisticsService {

    private final ClusterState state;
    private final Workload workload;
    private final Clock clock;

    public StatisticsService(ClusterState state, Workload workload, Clock clock) {
        this.state = state;
        this.workload = workload;
        this.clock = clock;
    }

    /**
     * {@code GET /api/instances/{Type}::{id}/relationships/Statistics}: every statistic of one object, flat.
     * An unknown type is 400; an unknown id answers the type's not-found error.
     */
    public ApiResponse statisticsOf(String wireType, String id) {
        try {
            StatisticsType<?> type = SelectedStatisticsQuery.type(wireType);
            if (!type.exists(state, id)) {
                return type.notFound();
            }
            return ApiResponse.ok(StatisticsWriter.everyStatistic(newContext(), type, id));
        } catch (StatisticsRequestException e) {
            return e.response();
        }
    }

    /** {@code POST /api/instances/querySelectedStatistics}: answers keyed by type, then by id (System flat). */
    public ApiResponse querySelected(JsonNode body) {
        try {
            List<Selection> selections = SelectedStatisticsQuery.global(body, state);
            return ApiResponse.ok(StatisticsWriter.byType(newContext(), selections));
        } catch (StatisticsRequestException e) {
            return e.response();
        }
    }

    /** {@code POST /api/types/{Type}/instances/action/querySelectedStatistics}: keyed by id, System flat. */
    public ApiResponse querySelectedPerType(String wireType, JsonNode body) {
        try {
            Selection selection = SelectedStatisticsQuery.perType(wireType, body, state);
            return ApiResponse.ok(StatisticsWriter.byId(newContext(), selection));
        } catch (StatisticsRequestException e) {
            return e.response();
        }
    }

    /**
     * Net KiB a new volume may still take from the pool, as its capacityAvailableForVolumeAllocationInKb
     * statistic says; for the create and resize checks.
     *
     * @throws IllegalArgumentException if there is no such pool
     */
    public long capacityAvailableForVolumeAllocationInKb(String storagePoolId) {
        StoragePoolEntity pool = state.storagePools.get(storagePoolId);
        if (pool == null) {
            throw new IllegalArgumentException("No storage pool " + storagePoolId);
        }
        return CapacityCalculator.availableForVolumeAllocation(pool, state);
    }

    /** Volumes and SDCs report the last complete second, whose sample no longer changes. */
    private StatisticsContext newContext() {
        return new StatisticsContext(state, workload, clock.instant().getEpochSecond() - 1);
    }
}
