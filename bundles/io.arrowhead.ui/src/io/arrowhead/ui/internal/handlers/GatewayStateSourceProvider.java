package io.arrowhead.ui.internal.handlers;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.AbstractSourceProvider;
import org.eclipse.ui.ISources;
import org.eclipse.ui.PlatformUI;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.ConnectionEvent;
import io.arrowhead.core.ConnectionListener;
import io.arrowhead.core.ConnectionState;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.GatewayConnections;

/**
 * The gateways' connection state as expression variables, so that command enablement follows a gateway that connects
 * or disconnects while the selection stays the same: {@value #GATEWAY_STATES} (every gateway's
 * {@link ConnectionState}, an expression that names it is evaluated again on each change) and {@value #ANY_CONNECTED}
 * (some gateway is connected with a loaded cluster). Registered through {@code org.eclipse.ui.services}; the
 * workbench creates it at start and disposes it at shutdown.
 */
public final class GatewayStateSourceProvider extends AbstractSourceProvider {

    public static final String GATEWAY_STATES = "io.arrowhead.ui.gatewayStates";
    public static final String ANY_CONNECTED = "io.arrowhead.ui.anyConnected";

    private final GatewayConnections connections = ArrowheadCore.connections();
    private final ConnectionListener listener = this::connectionChanged;
    private Map<String, Object> published;

    public GatewayStateSourceProvider() {
        connections.addListener(listener);
        published = currentState();
    }

    @Override
    public Map<String, Object> getCurrentState() {
        return currentState();
    }

    @Override
    public String[] getProvidedSourceNames() {
        return new String[] {GATEWAY_STATES, ANY_CONNECTED};
    }

    @Override
    public void dispose() {
        connections.removeListener(listener);
    }

    private Map<String, Object> currentState() {
        Map<GatewayConnection, ConnectionState> states = new LinkedHashMap<>();
        boolean anyConnected = false;
        for (GatewayConnection connection : connections.all()) {
            states.put(connection, connection.state());
            anyConnected |= connection.isConnected() && connection.model() != null;
        }
        return Map.of(GATEWAY_STATES, Map.copyOf(states), ANY_CONNECTED, anyConnected);
    }

    /** Called on the thread that made the change; the workbench takes source changes on the UI thread only. */
    private void connectionChanged(ConnectionEvent event) {
        if (event.kind() == ConnectionEvent.Kind.SETTINGS_CHANGED || !PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        if (!display.isDisposed()) {
            display.asyncExec(this::publish);
        }
    }

    private void publish() {
        Map<String, Object> state = currentState();
        if (!state.equals(published)) {
            published = state;
            fireSourceChanged(ISources.WORKBENCH, state);
        }
    }
}
