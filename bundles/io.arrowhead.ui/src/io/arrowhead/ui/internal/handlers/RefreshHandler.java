package io.arrowhead.ui.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.ConnectionState;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.GatewayConnections;

/**
 * Reloads clusters: those of the selected gateways or nodes, else the one of the active editor, else every gateway
 * that is connected (or failed and worth retrying). Reloading a disconnected gateway connects it.
 */
public final class RefreshHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        GatewayConnections connections = ArrowheadCore.connections();
        List<GatewayConnection> gateways = Selections.gateways(HandlerUtil.getCurrentStructuredSelection(event));
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        if (gateways.isEmpty() && part instanceof IEditorPart editor) {
            gateways = Selections.gatewayOf(editor.getEditorInput()).map(List::of).orElse(List.of());
        }
        if (gateways.isEmpty()) {
            gateways = connections.all().stream().filter(c -> c.state() == ConnectionState.CONNECTED
                || c.state() == ConnectionState.FAILED).toList();
        }
        for (GatewayConnection gateway : gateways) {
            if (gateway.state() != ConnectionState.CONNECTING) {
                connections.refresh(gateway);
            }
        }
        return null;
    }
}
