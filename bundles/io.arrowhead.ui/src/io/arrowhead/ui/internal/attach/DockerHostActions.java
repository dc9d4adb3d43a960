package io.arrowhead.ui.internal.attach;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.hosts.AttachOptions;
import io.arrowhead.core.hosts.HostDockerVolume;
import io.arrowhead.core.hosts.HostInventory;
import io.arrowhead.core.hosts.HostOperations;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.ui.model.DockerVolumeNode;
import io.arrowhead.ui.model.VolumeNode;

/**
 * Attach, move and detach from the UI: a drop and the matching command both come here. Each checks what is known
 * (refusing with the reason), asks, then schedules the core's host operation; nothing waits for a host or gateway.
 */
public final class DockerHostActions {

    private DockerHostActions() {
    }

    /** Asks how to attach the volumes (all of one gateway) to the host, then attaches them one by one. */
    public static boolean attach(Shell shell, List<VolumeNode> nodes, ManagedHost host) {
        if (nodes.isEmpty()) {
            return false;
        }
        GatewayConnection connection = nodes.getFirst().connection();
        if (nodes.stream().anyMatch(n -> !n.connection().equals(connection))) {
            MessageDialog.openInformation(shell, Messages.Attach_title, Messages.Attach_differentGateways);
            return false;
        }
        String problem = DockerHostRules.attachProblem(nodes, HostStates.of(host));
        if (problem != null) {
            MessageDialog.openInformation(shell, Messages.Attach_title, problem);
            return false;
        }
        List<Volume> volumes = nodes.stream().map(VolumeNode::volume).flatMap(Optional::stream).toList();
        AttachDialog dialog = new AttachDialog(shell, host, volumes);
        if (dialog.open() != Window.OK) {
            return false;
        }
        List<AttachOptions> options = dialog.options();
        new AttachSequence(connection, host, volumes, options).start();
        return true;
    }

    /** Confirms and moves the Docker volume to the host; refuses, naming why, what cannot move. */
    public static boolean move(Shell shell, DockerVolumeNode node, ManagedHost to) {
        String name = node.dockerVolumeName();
        HostInventory from = HostStates.of(node.host());
        String problem = DockerHostRules.moveProblem(name, from, HostStates.of(to));
        Optional<GatewayConnection> connection = gatewayOf(from, name);
        if (problem == null && connection.isEmpty()) {
            problem = NLS.bind(Messages.Rule_unknownGateway, name, node.host().name());
        }
        if (problem != null) {
            MessageDialog.openInformation(shell, Messages.Move_title, NLS.bind(Messages.Move_refused, name, problem));
            return false;
        }
        String question = NLS.bind(Messages.Move_confirm, new Object[] { name, node.host().name(), to.name() });
        if (new MessageDialog(shell, Messages.Move_title, null, question, MessageDialog.CONFIRM, 0, Messages.Move_move,
            IDialogConstants.CANCEL_LABEL).open() != 0) {
            return false;
        }
        HostOperations.move(connection.get(), name, node.host(), to, AttachOptions.DEFAULT_DEVICE_TIMEOUT).schedule();
        return true;
    }

    /** Refuses a Docker volume containers use, naming them; else confirms (delete optional) and detaches. */
    public static boolean detach(Shell shell, DockerVolumeNode node) {
        String name = node.dockerVolumeName();
        HostInventory inventory = HostStates.of(node.host());
        String problem = DockerHostRules.containers(inventory, name);
        Optional<GatewayConnection> connection = gatewayOf(inventory, name);
        if (problem == null && connection.isEmpty()) {
            problem = NLS.bind(Messages.Rule_unknownGateway, name, node.host().name());
        }
        if (problem != null) {
            MessageDialog.openInformation(shell, Messages.Detach_title,
                NLS.bind(Messages.Detach_refused, name, problem));
            return false;
        }
        DetachDialog dialog = new DetachDialog(shell, name, node.host().name());
        if (dialog.open() != 0) {
            return false;
        }
        HostOperations.detach(connection.get(), node.host(), name, dialog.deleteVolume()).schedule();
        return true;
    }

    /**
     * The connected gateway a Docker volume belongs to: the one of its system, else the one that knows the host's
     * SDC, else the only connected gateway.
     */
    static Optional<GatewayConnection> gatewayOf(HostInventory inventory, String name) {
        List<GatewayConnection> connected = ArrowheadCore.connections().all().stream()
            .filter(GatewayConnection::isConnected).filter(c -> c.model() != null).toList();
        Optional<String> systemId = inventory.scaleIoVolumes().stream().filter(v -> v.name().equals(name))
            .map(HostDockerVolume::systemId).filter(id -> id != null).findFirst();
        if (systemId.isPresent()) {
            return connected.stream().filter(c -> systemOf(c.model()).equalsIgnoreCase(systemId.get())).findFirst();
        }
        if (inventory.sdc() != null) {
            return Optional.of(inventory.sdc().connection());
        }
        return connected.size() == 1 ? Optional.of(connected.getFirst()) : Optional.empty();
    }

    private static String systemOf(ClusterModel model) {
        return model.system() == null ? "" : model.system().id();
    }
}
