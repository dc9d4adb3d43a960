package io.arrowhead.scaleio.simulator.internal.stats;

import java.util.Collection;

import io.arrowhead.scaleio.simulator.internal.cluster.StoragePoolEntity;

/**
 * The system, a protection domain or a storage pool, as a sum over its pools. Figures and traffic are summed on
 * first use, so a query for capacities alone never runs the workload and one for traffic alone counts no volumes.
 */
final class AggregateSubject {

    final StatisticsContext context;
    final String id;
    private final Collection<StoragePoolEntity> pools;
    private PoolFigures figures;
    private Traffic userData;
    private Traffic backEnd;
    private RebuildTraffic rebuild;

    AggregateSubject(StatisticsContext context, String id, Collection<StoragePoolEntity> pools) {
        this.context = context;
        this.id = id;
        this.pools = pools;
    }

    long figure(PoolFigure figure) {
        if (figures == null) {
            figures = new PoolFigures();
            for (StoragePoolEntity pool : pools) {
                figures.add(context.figuresOf(pool.id));
            }
        }
        return figures.get(figure);
    }

    /** Front-end I/O of the last second. */
    Traffic userData() {
        if (userData == null) {
            userData = sum(context.userData());
        }
        return userData;
    }

    /** Front-end I/O over the back-end window, from which the primary and secondary counters follow. */
    Traffic backEnd() {
        if (backEnd == null) {
            backEnd = sum(context.backEnd());
        }
        return backEnd;
    }

    /** Rebuild and rebalance traffic over the back-end window. */
    RebuildTraffic rebuild() {
        if (rebuild == null) {
            rebuild = new RebuildTraffic();
            for (StoragePoolEntity pool : pools) {
                rebuild.add(context.rebuildOf(pool.id));
            }
        }
        return rebuild;
    }

    private Traffic sum(PerformanceRollup rollup) {
        Traffic sum = new Traffic();
        for (StoragePoolEntity pool : pools) {
            sum.add(rollup.pool(pool.id));
        }
        return sum;
    }
}
