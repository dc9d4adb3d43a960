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
    /** The change being replayed from the journal, which gives the time and ids; null when running live. */
    Change replaying;
    /** The time the running action acts at, fixed for the whole action so that a replay gives the same result. */
    private long actionMillis;

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

    /** Starts an action, under the write lock: fixes its time and notes the ids it issues. */
    void beginAction() {
        actionMillis = replaying == null ? clock.millis() : replaying.millis();
        ids.beginAction(replaying == null ? null : replaying.ids());
    }

    long actionMillis() {
        return actionMillis;
    }

    /** Ends the action begun last (see {@link IdLedger#endAction()}). */
    void endAction() {
        ids.endAction();
    }

    /** The time of the running action. */
    long nowEpochSeconds() {
        return Math.floorDiv(actionMillis, 1000L);
    }
}
