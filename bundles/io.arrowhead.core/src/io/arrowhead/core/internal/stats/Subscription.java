package io.arrowhead.core.internal.stats;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;

import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.stats.PollerStatus;
import io.arrowhead.core.stats.SeriesKey;
import io.arrowhead.core.stats.StatisticsListener;
import io.arrowhead.core.stats.StatisticsSubscription;
import io.arrowhead.core.stats.StatisticsUpdate;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.SelectedStatistics;
import io.arrowhead.scaleio.client.StatisticsSelection;

/** One subscriber of a {@link GatewayPoller}: what it asked for and its listener, which hears nothing once closed. */
public final class Subscription implements StatisticsSubscription {

    private final GatewayPoller poller;
    private final List<StatisticsSelection> selections;
    private final StatisticsListener listener;
    private final AtomicBoolean closed = new AtomicBoolean();

    public Subscription(GatewayPoller poller, List<StatisticsSelection> selections, StatisticsListener listener) {
        this.poller = Objects.requireNonNull(poller);
        if (selections.isEmpty()) {
            throw new IllegalArgumentException("Name the statistics to subscribe to.");
        }
        this.selections = List.copyOf(selections);
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    @Override
    public GatewayConnection gateway() {
        return poller.gateway();
    }

    @Override
    public List<StatisticsSelection> selections() {
        return selections;
    }

    /** Whether this subscription asks for any of the series' statistics of its object. */
    public boolean covers(SeriesKey key) {
        return !closed.get() && key.gatewayId().equals(gateway().id()) && selections.stream()
            .anyMatch(s -> s.type() == key.type() && (s.ids() == null || s.ids().contains(key.objectId()))
                && key.metric().properties().stream().anyMatch(s.properties()::contains));
    }

    /**
     * Whether this subscription names the series' object: by its id, or as the system. A selection of every object
     * of a type, such as a scan for the busiest volumes, covers its series without naming them.
     */
    public boolean names(SeriesKey key) {
        return covers(key) && selections.stream().anyMatch(s -> s.type() == key.type()
            && (key.type() == ObjectType.SYSTEM || s.ids() != null && s.ids().contains(key.objectId())));
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            poller.remove(this);
        }
    }

    void deliver(SelectedStatistics answer, Instant sampledAt) {
        if (closed.get()) {
            return;
        }
        SelectedStatistics slice = Selections.slice(answer, selections);
        List<StatisticsSelection> types = Selections.merge(List.of(selections));
        StatisticsUpdate update = new StatisticsUpdate(gateway(), sampledAt, slice,
            AnsweredObject.of(slice, types).stream().map(AnsweredObject::performance).toList());
        notify(() -> listener.statisticsArrived(update));
    }

    void tell(PollerStatus status) {
        if (!closed.get()) {
            notify(() -> listener.pollerChanged(status));
        }
    }

    private void notify(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            ILog.of(Subscription.class).log(Status.error("A statistics listener failed.", e));
        }
    }
}
