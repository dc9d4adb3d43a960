package io.arrowhead.core.stats;

/**
 * Hears of a subscription's updates and of its gateway's poller.
 * <p>
 * Threading: {@link #statisticsArrived} runs on the poller's job thread, never the UI thread, one tick after the
 * other, and the next tick waits for it, so it must be quick. {@link #pollerChanged} runs on the thread that changed
 * the state: the job's, a connection event's, or the subscriber's own inside {@code subscribe}, which may be the UI
 * thread. Either way a view hands what it hears to its display itself (with {@code asyncExec}, batching per tick).
 * A listener that throws is logged and keeps its subscription.
 */
public interface StatisticsListener {

    /** A tick answered; called once per tick with the subscriber's slice. */
    void statisticsArrived(StatisticsUpdate update);

    /** The gateway's poller changed state, such as backing off after a failure; also called once on subscribing. */
    default void pollerChanged(PollerStatus status) {
    }
}
