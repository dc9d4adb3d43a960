package io.arrowhead.core.stats;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;

import io.arrowhead.core.ConnectionEvent;
import io.arrowhead.core.ConnectionListener;
import io.arrowhead.core.ConsolePreferences;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.GatewayConnections;
import io.arrowhead.core.internal.stats.AnsweredObject;
import io.arrowhead.core.internal.stats.GatewayPoller;
import io.arrowhead.core.internal.stats.HistoryEviction;
import io.arrowhead.core.internal.stats.HistoryStore;
import io.arrowhead.core.internal.stats.Subscription;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.SelectedStatistics;
import io.arrowhead.scaleio.client.StatisticsSelection;

/**
 * Live performance statistics of the console's gateways. Views subscribe to what they show; one poller per gateway
 * then sends one {@code querySelectedStatistics} per tick for all of its subscriptions, at the interval of
 * {@link ConsolePreferences#statisticsInterval()} (a change applies to the tick that waits), and hands each
 * subscriber its slice. Each series keeps its history (see {@link #history}). Nobody subscribed, or the gateway not
 * connected: no requests. After a failure the poller backs off, says so ({@link PollerState#BACKING_OFF}) and tries
 * again by itself.
 * <p>
 * Threading: every method may be called from any thread, the UI thread included, and none waits for the gateway.
 * Updates reach listeners on the poller's job thread, never the UI thread; see {@link StatisticsListener} for where
 * state changes arrive. A listener that updates widgets hands over to the display itself.
 */
public final class PerformanceStatistics implements AutoCloseable {

    /**
     * The family of every poller job and of the history's eviction, to cancel them all; pollers reschedule
     * themselves and the eviction sleeps for an hour, so join the family only after cancelling it.
     */
    public static final Object FAMILY = new Object();
    /** The family of the poller jobs alone: once nobody subscribes, joining it waits for a tick in flight. */
    public static final Object POLLING_FAMILY = new Object();

    private final GatewayConnections connections;
    private final Map<GatewayConnection, GatewayPoller> pollers = new ConcurrentHashMap<>();
    private final HistoryStore history = new HistoryStore();
    private final HistoryEviction eviction;
    private final ConnectionListener connectionListener = this::connectionChanged;
    private final IPreferenceChangeListener intervalListener = event -> {
        if (ConsolePreferences.STATISTICS_INTERVAL_SECONDS.equals(event.getKey())) {
            pollers.values().forEach(GatewayPoller::intervalChanged);
        }
    };
    private volatile boolean closed;

    public PerformanceStatistics(GatewayConnections connections) {
        this.connections = Objects.requireNonNull(connections);
        this.eviction = new HistoryEviction(history, this::inUse, this);
        connections.addListener(connectionListener);
        ConsolePreferences.node().addPreferenceChangeListener(intervalListener);
    }

    /**
     * Subscribes to statistics of one gateway; the listener hears the poller's state at once, on this thread, and then
     * each tick's slice, on the poller's job thread. Ask only for properties the type has ({@link Metric#of}): the
     * gateway fails the whole tick, for every subscriber, for one it does not know.
     *
     * @throws IllegalArgumentException if the gateway is not one of the console's, or nothing is selected
     * @throws IllegalStateException once the service is closed
     */
    public StatisticsSubscription subscribe(GatewayConnection gateway, List<StatisticsSelection> selections,
        StatisticsListener listener) {
        if (closed) {
            throw new IllegalStateException("The console is closing; statistics are no longer read.");
        }
        if (!connections.all().contains(gateway)) {
            throw new IllegalArgumentException("The gateway " + gateway + " is not one of the console's gateways.");
        }
        GatewayPoller poller = pollers.computeIfAbsent(gateway, g -> new GatewayPoller(g, this::answered, this));
        Subscription subscription = new Subscription(poller, selections, listener);
        poller.add(subscription);
        return subscription;
    }

    /** The state of the gateway's poller; {@link PollerState#IDLE} if nobody ever subscribed to it. */
    public PollerStatus status(GatewayConnection gateway) {
        GatewayPoller poller = pollers.get(gateway);
        return poller == null ? PollerStatus.of(gateway, PollerState.IDLE) : poller.status();
    }

    /**
     * A series' history: every tick for the last hour or more (3600 ticks), then one-minute means back to a day.
     * A series is kept while subscribed and for an hour after its last tick; empty if there is none. History starts
     * for the objects a subscription names by id (and the system): a selection of all objects of a type adds to
     * those but starts none, so that a scan of every volume costs no history.
     */
    public HistoryPoints history(SeriesKey key) {
        return history.points(key);
    }

    public HistoryPoints history(GatewayConnection gateway, ObjectType<?> type, String objectId, Metric metric) {
        return history(new SeriesKey(gateway.id(), type, objectId, metric));
    }

    /** How many series have a history now. */
    public int seriesCount() {
        return history.size();
    }

    /** Stops every poller and cancels the jobs; subscriptions hear nothing more. */
    @Override
    public void close() {
        closed = true;
        connections.removeListener(connectionListener);
        ConsolePreferences.node().removePreferenceChangeListener(intervalListener);
        pollers.values().forEach(GatewayPoller::shutdown);
        Job.getJobManager().cancel(this);
    }

    private void answered(GatewayConnection gateway, List<StatisticsSelection> asked, SelectedStatistics answer,
        Instant sampledAt) {
        GatewayPoller poller = pollers.get(gateway);
        List<Subscription> subscribed = poller == null ? List.of() : poller.subscriptions();
        // The ids named this tick, in a set first: a scan answers for every volume, and asking each subscription
        // about each of 32,768 volumes was most of the poller's time.
        Map<ObjectType<?>, Set<String>> namedIds = new HashMap<>();
        for (Subscription subscription : subscribed) {
            for (StatisticsSelection selection : subscription.selections()) {
                if (selection.ids() != null) {
                    namedIds.computeIfAbsent(selection.type(), type -> new HashSet<>()).addAll(selection.ids());
                }
            }
        }
        Predicate<SeriesKey> named = key -> (key.type() == ObjectType.SYSTEM
            || namedIds.getOrDefault(key.type(), Set.of()).contains(key.objectId()))
            && subscribed.stream().anyMatch(s -> s.names(key));
        for (AnsweredObject object : AnsweredObject.of(answer, asked)) {
            history.record(gateway.id(), object.performance(), object.statistics(), sampledAt, named);
        }
        eviction.afterAnswer();
    }

    private boolean inUse(SeriesKey key) {
        return pollers.values().stream().flatMap(p -> p.subscriptions().stream()).anyMatch(s -> s.covers(key));
    }

    private void connectionChanged(ConnectionEvent event) {
        GatewayPoller poller = pollers.get(event.connection());
        if (event.kind() == ConnectionEvent.Kind.REMOVED) {
            if (poller != null) {
                poller.wake(); // no longer one of the gateways: stops
                pollers.remove(event.connection(), poller);
            }
            history.forgetGateway(event.connection().id());
        } else if (poller != null && event.kind() == ConnectionEvent.Kind.STATE_CHANGED) {
            poller.wake(); // a disconnect stops it, a (re)connect starts it again
        }
    }
}
