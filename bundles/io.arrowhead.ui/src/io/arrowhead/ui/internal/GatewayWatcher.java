package io.arrowhead.ui.internal;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.ConnectionEvent;
import io.arrowhead.core.ConnectionListener;
import io.arrowhead.core.GatewayConnection;

/**
 * Tells a view of one gateway, on the UI thread, that the gateway changed. Events come from job threads and often
 * in bursts (state, then model); a burst ends in one call.
 */
public final class GatewayWatcher implements ConnectionListener {

    private final Display display;
    private final Supplier<GatewayConnection> watched;
    private final Runnable onChange;
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile boolean stopped;

    private GatewayWatcher(Display display, Supplier<GatewayConnection> watched, Runnable onChange) {
        this.display = display;
        this.watched = watched;
        this.onChange = onChange;
    }

    /**
     * Starts watching the gateway that {@code watched} names at the time of each event; {@code onChange} runs on
     * the UI thread until {@link #stop()}.
     */
    public static GatewayWatcher start(Display display, Supplier<GatewayConnection> watched, Runnable onChange) {
        GatewayWatcher watcher = new GatewayWatcher(display, watched, onChange);
        ArrowheadCore.connections().addListener(watcher);
        return watcher;
    }

    @Override
    public void connectionChanged(ConnectionEvent event) {
        if (stopped || event.connection() != watched.get() || display.isDisposed()
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
