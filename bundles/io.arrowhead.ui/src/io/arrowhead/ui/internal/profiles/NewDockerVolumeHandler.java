package io.arrowhead.ui.internal.profiles;

import java.util.Comparator;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.handlers.HandlerUtil;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.hosts.HostOperations;
import io.arrowhead.core.hosts.ManagedHost;

/**
 * New Docker Volume… on a Docker host: asks for a name, a storage profile and a size, then creates the ScaleIO volume
 * and attaches it to the host in one background job, which undoes everything if a step fails.
 */
public final class NewDockerVolumeHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        ManagedHost host = host(HandlerUtil.getCurrentStructuredSelection(event).getFirstElement());
        if (host == null) {
            return null;
        }
        NewDockerVolumeDialog dialog = new NewDockerVolumeDialog(HandlerUtil.getActiveShellChecked(event), host,
            ArrowheadCore.storageProfiles().all(), gateways(host));
        if (dialog.open() == Window.OK) {
            NewDockerVolumeDialog.Choice choice = dialog.choice();
            HostOperations.newDockerVolume(choice.gateway(), host, choice.name(), choice.profile(), choice.sizeGib())
                .schedule();
        }
        return null;
    }

    /** The host itself, or what the element (such as a Docker host node) adapts to. */
    static ManagedHost host(Object element) {
        return element instanceof ManagedHost host ? host : Adapters.adapt(element, ManagedHost.class);
    }

    /** The connected gateways, the demo's first for a demo host, since its SDCs belong to the demo's cluster. */
    private static List<GatewayConnection> gateways(ManagedHost host) {
        return ArrowheadCore.connections().all().stream().filter(GatewayConnection::isConnected)
            .sorted(Comparator.comparing(gateway -> gateway.settings().demo() != host.isDemo())).toList();
    }
}
