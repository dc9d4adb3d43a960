package io.arrowhead.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.ConnectionState;
import io.arrowhead.core.GatewayConnection;

/** Connects the selected gateways that are not connected or connecting, each in its own job. */
public final class ConnectHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        for (GatewayConnection gateway : Selections.gatewayNodes(HandlerUtil.getCurrentStructuredSelection(event))) {
            if (gateway.state() == ConnectionState.DISCONNECTED || gateway.state() == ConnectionState.FAILED) {
                ArrowheadCore.connections().connect(gateway);
            }
        }
        return null;
    }
}
