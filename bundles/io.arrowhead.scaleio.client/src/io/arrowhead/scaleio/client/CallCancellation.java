package io.arrowhead.scaleio.client;

import java.util.ArrayList;
import java.util.List;

/**
 * A thread-safe cancellation signal for the calls of a {@link GatewayClient#withCancellation(CallCancellation)
 * view}: {@link #cancel()} aborts the request in flight and makes every later call fail at once.
 */
public final class CallCancellation {

    /** Undoes an {@link CallCancellation#onCancel(Runnable)} registration. */
    public interface Registration extends AutoCloseable {

        @Override
        void close();
    }

    private final List<Runnable> actions = new ArrayList<>();
    private boolean cancelled;

    /** Cancels; the first call runs the registered actions, later calls do nothing. */
    public void cancel() {
        List<Runnable> toRun;
        synchronized (this) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            toRun = List.copyOf(actions);
            actions.clear();
        }
        toRun.forEach(Runnable::run);
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    /**
     * Runs {@code action} on cancellation, or right away if already cancelled. Close the registration once the
     * action is no longer needed.
     */
    public Registration onCancel(Runnable action) {
        synchronized (this) {
            if (!cancelled) {
                actions.add(action);
                return () -> remove(action);
            }
        }
        action.run();
        return () -> {
        };
    }

    private synchronized void remove(Runnable action) {
        // by identity: two registrations of equal actions stay independent
        actions.removeIf(registered -> registered == action);
    }
}
