package io.arrowhead.core.internal.stats;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;

import io.arrowhead.core.ConnectionState;
import io.arrowhead.core.ConsolePreferences;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.GatewayErrors;
import io.arrowhead.core.stats.PollerState;
import io.arrowhead.core.stats.PollerStatus;

/**
 * The statistics poller of one gateway: while anyone subscribes and the gateway has a session, one {@link PollJob}
 * at a time asks for everything subscribed in one request, hands each subscriber its slice and schedules the next
 * tick, at the preferred interval or, after failures, {@link Backoff backing off}. Nobody subscribed: no job, no
 * request. Thread-safe; subscribers hear of state changes outside the lock.
 */
public final class GatewayPoller {

    private final GatewayConnection gateway;
    private final AnswerSink sink;
    private final Object family;
    private final Subscribers subscribers;
    private final Object lock = new Object();
    private final Backoff backoff = new Backoff();
    private PollJob scheduled;

    /** @param family the family the poller's jobs belong to, besides the service's */
    public GatewayPoller(GatewayConnection gateway, AnswerSink sink, Object family) {
        this.gateway = gateway;
        this.sink = sink;
        this.family = family;
        this.subscribers = new Subscribers(PollerStatus.of(gateway, PollerState.IDLE));
    }

    public GatewayConnection gateway() {
        return gateway;
    }

    public PollerStatus status() {
        return subscribers.status();
    }

    public List<Subscription> subscriptions() {
        return subscribers.all();
    }

    Object family() {
        return family;
    }

    /** Adds a subscriber, which hears the poller's state at once, and starts polling if it was not. */
    public void add(Subscription subscription) {
        subscribers.add(subscription);
        if (!wake()) {
            subscription.tell(status());
        }
    }

    void remove(Subscription subscription) {
        subscribers.remove(subscription);
        wake();
    }

    /**
     * Brings the poller in line with its subscribers and its gateway: polls if both are there, stops otherwise.
     * Returns whether the state changed (and the subscribers heard so).
     */
    public boolean wake() {
        PollerStatus changed;
        synchronized (lock) {
            if (subscribers.isEmpty()) {
                cancelScheduled();
                changed = subscribers.transition(PollerStatus.of(gateway, PollerState.IDLE));
            } else if (!canPoll()) {
                cancelScheduled();
                changed = subscribers.transition(PollerStatus.of(gateway, PollerState.STOPPED));
            } else if (scheduled == null) {
                backoff.reset();
                scheduled = new PollJob(this);
                scheduled.schedule();
                changed = subscribers.transition(PollerStatus.of(gateway, PollerState.RUNNING));
            } else {
                changed = null;
            }
        }
        return subscribers.fire(changed);
    }

    /**
     * Moves a tick that waits out the old interval to the new one, counted from the last tick, so that a change of
     * the preference shows at once rather than after the old wait; a tick in flight or backing off keeps its course.
     */
    public void intervalChanged() {
        synchronized (lock) {
            if (scheduled == null || backoff.backingOff() || scheduled.getState() != Job.SLEEPING
                || !scheduled.cancel()) {
                return;
            }
            scheduled = new PollJob(this);
            scheduled.schedule(backoff.untilDue(ConsolePreferences.statisticsInterval()).toMillis());
        }
    }

    /** Stops for good, as the service closes. */
    public void shutdown() {
        subscribers.clear();
        wake();
    }

    boolean mayRun(PollJob job) {
        if (canPoll()) {
            return true;
        }
        synchronized (lock) {
            if (scheduled == job) {
                scheduled = null;
            }
        }
        wake();
        return false;
    }

    void ticking() {
        synchronized (lock) {
            backoff.tickStarted();
        }
    }

    AnswerSink sink() {
        return sink;
    }

    /** A tick ended, answered or not ({@code failure}); schedules the next one unless stopped meanwhile. */
    void ticked(PollJob job, Exception failure) {
        PollerStatus changed;
        synchronized (lock) {
            if (scheduled != job) {
                return; // stopped, or restarted, meanwhile
            }
            if (subscribers.isEmpty()) {
                scheduled = null;
                changed = subscribers.transition(PollerStatus.of(gateway, PollerState.IDLE));
            } else {
                Duration interval = ConsolePreferences.statisticsInterval();
                Duration delay = backoff.next(interval, failure != null);
                scheduled = new PollJob(this);
                scheduled.schedule(delay.toMillis());
                changed = subscribers.transition(failure == null ? PollerStatus.of(gateway, PollerState.RUNNING)
                    : new PollerStatus(gateway, PollerState.BACKING_OFF, GatewayErrors.describe(failure),
                        Instant.now().plus(delay)));
            }
        }
        subscribers.fire(changed);
    }

    private boolean canPoll() {
        return gateway.hasSession() && gateway.state() != ConnectionState.DISCONNECTED
            && gateway.owner().all().contains(gateway);
    }

    private void cancelScheduled() {
        if (scheduled != null) {
            scheduled.cancel();
            scheduled = null;
        }
    }
}
