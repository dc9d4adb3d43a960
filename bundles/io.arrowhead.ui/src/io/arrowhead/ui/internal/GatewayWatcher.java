package io.arrowhead.ui.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.ConnectionEvent;
import io.arrowhead.core.ConnectionListener;
import io.arrowhead.core.GatewayConnection;

/**
 * Tells a view, on the UI thread, that a gateway it shows changed: one gateway, or any gateway in given ways (such as
 * being added or removed). Events come from job threads and often in bursts (state, then model); a burst ends in one
 * call.
 */
public final class GatewayWatcher implements ConnectionListener {

    private final Display display;
    private final Predicate<ConnectionEvent> watched;
    private final Runnable onChange;
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile boolean stopped;

    private GatewayWatcher(Display display, Predicate<ConnectionEvent> watched, Runnable onChange) {
        this.display = display;
        this.watched = watched;
        this.onChange = onChange;
    }

    /**
     * Starts watching the gateway that {@code watched} names at the time of each event; {@code onChange} runs on
     * the UI thread until {@link #stop()}.
     */
    public static GatewayWatcher start(Display display, Supplier<GatewayConnection> watched, Runnable onChange) {
        return listen(new GatewayWatcher(display, event -> event.connection() == watched.get(), onChange));
    }

    /** Starts watching every gateway for events of the given kinds; {@code onChange} runs until {@link #stop()}. */
    public static GatewayWatcher startForAny(Display display, Set<ConnectionEvent.Kind> kinds, Runnable onChange) {
        Set<ConnectionEvent.Kind> copy = EnumSet.copyOf(kinds);
        return listen(new GatewayWatcher(display, event -> copy.contains(event.kind()), onChange));
    }

    private static GatewayWatcher listen(GatewayWatcher watcher) {
        ArrowheadCore.connections().addListener(watcher);
        return watcher;
    }

    @Override
    public void connectionChanged(ConnectionEvent event) {
        if (stopped || !watched.test(event) || display.isDisposed()
            || !queued.compareAndSet(false, true)) {
            return;
        }
        display.asyncExec(() -> {
            queued.set(false);
            if (!stopped) {
                onChange.run();
            }
        });
    }

    /** Stops the calls, including one already queued. Call on the UI thread. */
    public void stop() {
        stopped = true;
        ArrowheadCore.connections().removeListener(this);
    }
}
