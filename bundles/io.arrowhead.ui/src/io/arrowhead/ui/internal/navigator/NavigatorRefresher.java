package io.arrowhead.ui.internal.navigator;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.navigator.CommonViewer;

import io.arrowhead.core.ConnectionEvent;
import io.arrowhead.core.ConnectionListener;
import io.arrowhead.core.GatewayConnection;

/**
 * Brings the tree up to date with the gateways. Events arrive on job threads, often in bursts (state, then model);
 * they are collected and handled in one pass on the UI thread. A change of state alone, such as a refresh starting,
 * only relabels the gateway; a new model, or none, refreshes its subtree. Refreshing a gateway keeps expansion and
 * selection, since nodes are values that equal their replacements. A gateway whose first model arrives is expanded
 * to show its system. After each pass the navigator hears which gateways changed, to bring the status line along.
 */
final class NavigatorRefresher implements ConnectionListener {

    private final Consumer<Set<GatewayConnection>> afterRefresh;
    private final Set<GatewayConnection> dirty = new LinkedHashSet<>();
    /** Gateways whose state alone changed, so only their labels. */
    private final Set<GatewayConnection> relabel = new LinkedHashSet<>();
    private final Set<GatewayConnection> removed = new LinkedHashSet<>();
    /** Gateways that had a model when last refreshed, to notice a first load. */
    private final Set<GatewayConnection> loaded = new LinkedHashSet<>();
    private CommonViewer viewer;
    private Display display;
    private boolean gatewaysChanged;
    private boolean scheduled;

    NavigatorRefresher(Consumer<Set<GatewayConnection>> afterRefresh) {
        this.afterRefresh = afterRefresh;
    }

    /**
     * Starts refreshing the viewer, which has just read the gateways. Events that came before are replayed, and
     * gateways that are loaded already count as newly loaded, so they open like those that load later.
     */
    void attach(CommonViewer commonViewer, Iterable<GatewayConnection> connections) {
        synchronized (this) {
            viewer = commonViewer;
            display = commonViewer.getControl().getDisplay();
            connections.forEach(dirty::add);
            scheduleLocked();
        }
    }

    @Override
    public void connectionChanged(ConnectionEvent event) {
        synchronized (this) {
            switch (event.kind()) {
                case ADDED -> gatewaysChanged = true;
                case REMOVED -> {
                    gatewaysChanged = true;
                    removed.add(event.connection());
                }
                case STATE_CHANGED -> relabel.add(event.connection());
                default -> dirty.add(event.connection());
            }
            if (viewer != null && !scheduled) {
                scheduleLocked();
            }
        }
    }

    private void scheduleLocked() {
        if (!display.isDisposed()) {
            scheduled = true;
            display.asyncExec(this::flush);
        }
    }

    private void flush() {
        Set<GatewayConnection> connections;
        Set<GatewayConnection> labelsOnly;
        boolean all;
        synchronized (this) {
            connections = new LinkedHashSet<>(dirty);
            connections.removeAll(removed);
            labelsOnly = new LinkedHashSet<>(relabel);
            labelsOnly.removeAll(removed);
            loaded.removeAll(removed);
            all = gatewaysChanged;
            dirty.clear();
            relabel.clear();
            removed.clear();
            gatewaysChanged = false;
            scheduled = false;
        }
        if (viewer.getControl().isDisposed()) {
            return;
        }
        // A gateway that gained or lost its model (a disconnect drops it) needs its subtree, not just its label.
        for (GatewayConnection connection : labelsOnly) {
            if ((connection.model() != null) != loaded.contains(connection)) {
                connections.add(connection);
            }
        }
        labelsOnly.removeAll(connections);
        if (all) {
            viewer.refresh(NavigatorRoot.INSTANCE.gateways());
            viewer.expandToLevel(NavigatorRoot.INSTANCE.gateways(), 1);
        } else {
            connections.forEach(viewer::refresh);
        }
        labelsOnly.forEach(connection -> viewer.update(connection, null));
        for (GatewayConnection connection : connections) {
            if (connection.model() == null) {
                loaded.remove(connection);
            } else if (loaded.add(connection)) {
                viewer.expandToLevel(connection, 2);
            }
        }
        connections.addAll(labelsOnly);
        afterRefresh.accept(connections);
    }
}
