package io.arrowhead.core.internal.stats;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.arrowhead.core.stats.PollerStatus;

/** A poller's subscriptions and its state, which they hear of when it changes. Thread-safe. */
final class Subscribers {

    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private volatile PollerStatus status;

    Subscribers(PollerStatus initial) {
        this.status = initial;
    }

    PollerStatus status() {
        return status;
    }

    List<Subscription> all() {
        return List.copyOf(subscriptions);
    }

    boolean isEmpty() {
        return subscriptions.isEmpty();
    }

    void add(Subscription subscription) {
        subscriptions.add(subscription);
    }

    void remove(Subscription subscription) {
        subscriptions.remove(subscription);
    }

    void clear() {
        subscriptions.clear();
    }

    /** Takes the new status; returns it if it differs from the current one, else {@code null}. */
    PollerStatus transition(PollerStatus next) {
        if (next.equals(status)) {
            return null;
        }
        status = next;
        return next;
    }

    /** Tells every subscriber of a changed status (none for {@code null}); whether there was one. */
    boolean fire(PollerStatus changed) {
        if (changed == null) {
            return false;
        }
        subscriptions.forEach(subscription -> subscription.tell(changed));
        return true;
    }
}
