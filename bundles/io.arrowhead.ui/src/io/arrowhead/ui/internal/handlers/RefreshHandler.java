package io.arrowhead.ui.internal.handlers;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.ConnectionState;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.GatewayConnections;
import io.arrowhead.core.hosts.ManagedHost;

/**
 * Checks the selected Docker hosts again (those of any selected host-side node), each in a job under the host's rule.
 * Reloads clusters: those of the selected gateways or nodes, else the one of the active editor, else every gateway
 * that is connected (or failed and worth retrying). Reloading a disconnected gateway connects it.
 */
public final class RefreshHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        GatewayConnections connections = ArrowheadCore.connections();
        IStructuredSelection selection = HandlerUtil.getCurrentStructuredSelection(event);
        List<GatewayConnection> gateways = Selections.gateways(selection);
        Set<ManagedHost> hosts = new LinkedHashSet<>();
        for (Object element : selection) {
            Optional.ofNullable(Adapters.adapt(element, ManagedHost.class)).ifPresent(hosts::add);
        }
        hosts.forEach(ArrowheadCore.hostInventories()::refresh);
        if (!hosts.isEmpty() && gateways.isEmpty()) {
            return null;
        }
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
