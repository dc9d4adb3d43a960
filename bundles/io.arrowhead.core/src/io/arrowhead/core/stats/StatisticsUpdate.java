package io.arrowhead.core.stats;

import java.time.Instant;
import java.util.List;

import io.arrowhead.core.GatewayConnection;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.SelectedStatistics;

/**
 * One subscriber's slice of one tick's answer: the statistics it asked for, as the gateway sent them, and the
 * metrics derived from them.
 *
 * @param sampledAt when the answer arrived
 * @param statistics only the subscriber's types, objects and properties
 * @param performance per object of the slice, in the answer's order
 */
public record StatisticsUpdate(GatewayConnection gateway, Instant sampledAt, SelectedStatistics statistics,
    List<ObjectPerformance> performance) {

    public StatisticsUpdate {
        performance = List.copyOf(performance);
    }

    /** The metrics of one object, or {@code null} if the slice has none for it. */
    public Performance performance(ObjectType<?> type, String id) {
        return performance.stream().filter(p -> p.type() == type && p.id().equals(id)).findFirst()
            .map(ObjectPerformance::performance).orElse(null);
    }
}
