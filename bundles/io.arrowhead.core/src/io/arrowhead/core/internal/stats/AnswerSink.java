package io.arrowhead.core.internal.stats;

import java.time.Instant;
import java.util.List;

import io.arrowhead.core.GatewayConnection;
import io.arrowhead.scaleio.client.SelectedStatistics;
import io.arrowhead.scaleio.client.StatisticsSelection;

/** Where a poller's answers go besides its subscribers: the history. */
@FunctionalInterface
public interface AnswerSink {

    /** @param asked the one request of the tick, merged from every subscription */
    void answered(GatewayConnection gateway, List<StatisticsSelection> asked, SelectedStatistics answer,
        Instant sampledAt);
}
