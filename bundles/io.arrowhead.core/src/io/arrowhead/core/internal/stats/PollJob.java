package io.arrowhead.core.internal.stats;

import java.time.Instant;
import java.util.List;

import org.eclipse.core.runtime.SubMonitor;

import io.arrowhead.core.GatewayJob;
import io.arrowhead.core.stats.PerformanceStatistics;
import io.arrowhead.scaleio.client.GatewayCancelledException;
import io.arrowhead.scaleio.client.GatewayClient;
import io.arrowhead.scaleio.client.GatewayClientException;
import io.arrowhead.scaleio.client.SelectedStatistics;
import io.arrowhead.scaleio.client.StatisticsSelection;

/**
 * One tick of a gateway's statistics poller: a system job outside the gateway's rule, so that charts keep moving
 * while a long operation or cluster load holds the gateway, and outside {@link GatewayJob#FAMILY}, since pollers
 * reschedule themselves and joining them would never end. Cancelling it cancels the request in flight.
 */
final class PollJob extends GatewayJob {

    private final GatewayPoller poller;

    PollJob(GatewayPoller poller) {
        super("Reading the statistics of " + poller.gateway().name(), poller.gateway(), false);
        this.poller = poller;
        setRule(null);
        setSystem(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == poller.family() || family == PerformanceStatistics.FAMILY
            || family == PerformanceStatistics.POLLING_FAMILY;
    }

    /** A gateway without a session has nothing to ask through; the poller waits for it to connect. */
    @Override
    public boolean shouldRun() {
        return poller.mayRun(this);
    }

    /** One request for every subscription, each subscriber's slice, then the poller schedules the next tick. */
    @Override
    protected void execute(GatewayClient client, SubMonitor progress) {
        poller.ticking();
        List<Subscription> current = poller.subscriptions();
        List<StatisticsSelection> asked = Selections.known(
            Selections.merge(current.stream().map(Subscription::selections).toList()), poller.gateway().model());
        Exception failure = null;
        try {
            if (!asked.isEmpty()) {
                SelectedStatistics answer = client.querySelectedStatistics(asked);
                Instant sampledAt = Instant.now();
                poller.sink().answered(poller.gateway(), asked, answer, sampledAt);
                current.forEach(subscription -> subscription.deliver(answer, sampledAt));
            }
        } catch (GatewayCancelledException e) {
            return; // stopped or shut down meanwhile; whoever cancelled decides what follows
        } catch (GatewayClientException | RuntimeException e) {
            failure = e;
        }
        poller.ticked(this, failure);
    }
}
