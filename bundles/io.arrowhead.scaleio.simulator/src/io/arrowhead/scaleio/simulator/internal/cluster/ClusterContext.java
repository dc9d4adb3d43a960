package io.arrowhead.scaleio.simulator.internal.cluster;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

import io.arrowhead.scaleio.simulator.internal.stats.StatisticsService;

/**
 * What every handler works with: the state, its id ledger, statistics, the clock, the change counter and the
 * volumes' backing files.
 */
final class ClusterContext {

    final ClusterState state;
    final IdLedger ids;
    final StatisticsService statistics;
    final Clock clock;
    final ClusterLookup lookup;
    final EntityJson json;
    /** Counts committed changes; {@code /api/instances} reports it as the {@code last<X>Version} fields. */
    final AtomicLong generation = new AtomicLong(1);
    /** Identifies this run of the simulated MDM, as {@code sessionTag} does for a real gateway session. */
    final long sessionTag;
    final BackingFiles files;

    ClusterContext(ClusterState state, IdLedger ids, StatisticsService statistics, Clock clock) {
        this(state, ids, statistics, clock, BackingFiles.none());
    }

    ClusterContext(ClusterState state, IdLedger ids, StatisticsService statistics, Clock clock, BackingFiles files) {
        this.state = state;
        this.ids = ids;
        this.statistics = statistics;
        this.clock = clock;
        this.lookup = new ClusterLookup(state);
        this.json = new EntityJson(state, clock);
        this.sessionTag = clock.millis();
        this.files = files;
    }

    long nowEpochSeconds() {
        return clock.instant().getEpochSecond();
    }
}
