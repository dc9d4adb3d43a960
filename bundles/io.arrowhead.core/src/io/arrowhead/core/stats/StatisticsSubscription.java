package io.arrowhead.core.stats;

import java.util.List;

import io.arrowhead.core.GatewayConnection;
import io.arrowhead.scaleio.client.StatisticsSelection;

/** What a view or editor is subscribed to; closing it ends the updates. The history of its series stays a while. */
public interface StatisticsSubscription extends AutoCloseable {

    GatewayConnection gateway();

    List<StatisticsSelection> selections();

    /** Stops the updates; the gateway's poller stops too once nobody is subscribed to it. Idempotent. */
    @Override
    void close();
}
