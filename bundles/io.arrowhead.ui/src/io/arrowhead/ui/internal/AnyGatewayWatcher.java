package io.arrowhead.ui.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.widgets.Display;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.ConnectionEvent;
import io.arrowhead.core.ConnectionListener;

/**
 * Tells a view, on the UI thread, that some gateway changed in one of the given ways, such as gateways being added
 * or removed. Like {@link GatewayWatcher}, a burst of events ends in one call.
 */
public final class AnyGatewayWatcher implements ConnectionListener {

    private final Display display;
    private final Set<ConnectionEvent.Kind> kinds;
    private final Runnable onChange;
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile boolean stopped;

    private AnyGatewayWatcher(Display display, Set<ConnectionEvent.Kind> kinds, Runnable onChange) {
        this.display = display;
        this.kinds = EnumSet.copyOf(kinds);
        this.onChange = onChange;
    }

    /** Starts watching every gateway for events of the given kinds; {@code onChange} runs until {@link #stop()}. */
    public static AnyGatewayWatcher start(Display display, Set<ConnectionEvent.Kind> kinds, Runnable onChange) {
        AnyGatewayWatcher watcher = new AnyGatewayWatcher(display, kinds, onChange);
        ArrowheadCore.connections().addListener(watcher);
        return watcher;
    }

    @Override
    public void connectionChanged(ConnectionEvent event) {
        if (stopped || !kinds.contains(event.kind()) || display.isDisposed() || !queued.compareAndSet(false, true)) {
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
