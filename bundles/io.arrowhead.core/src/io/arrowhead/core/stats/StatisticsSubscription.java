package io.arrowhead.core.stats;

import java.util.List;

import io.arrowhead.core.GatewayConnection;
import io.arrowhead.scaleio.client.StatisticsSelection;

/** What a view or editor is subscribed to; closing it ends the updates. The history of its series stays a while. */
public interface StatisticsSubscription extends AutoCloseable {

    GatewayConnection gateway();

    List<StatisticsSelection> selections();

    /**
     * Stops the updates; the gateway's poller stops too once nobody is subscribed to it. Idempotent, from any thread,
     * also from inside the listener. It does not wait for a tick in flight, so the listener may still hear that
     * tick once after this returns, on the job thread, and must tolerate it (for example, a disposed chart).
     */
    @Override
    void close();
}
