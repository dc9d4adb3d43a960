package io.arrowhead.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.ConnectionState;
import io.arrowhead.core.GatewayConnection;

/** Disconnects the selected gateways; their clusters disappear from the navigator until they connect again. */
public final class DisconnectHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        for (GatewayConnection gateway : Selections.gatewayNodes(HandlerUtil.getCurrentStructuredSelection(event))) {
            if (gateway.state() != ConnectionState.DISCONNECTED) {
                ArrowheadCore.connections().disconnect(gateway);
            }
        }
        return null;
    }
}
