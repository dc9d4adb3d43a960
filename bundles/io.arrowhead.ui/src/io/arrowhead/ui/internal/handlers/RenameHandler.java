package io.arrowhead.ui.internal.handlers;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.ClusterOperations;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.SecretStoreException;
import io.arrowhead.core.VolumeRules;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.ui.model.SdcNode;
import io.arrowhead.ui.model.VolumeNode;

/** Rename (F2) in the navigator: of a volume or snapshot, of an SDC, or of a saved gateway. */
public final class RenameHandler extends AbstractHandler {

    public static final String VOLUME_TITLE = Messages.RenameHandler_volumeTitle;
    public static final String SDC_TITLE = Messages.RenameHandler_sdcTitle;
    public static final String GATEWAY_TITLE = Messages.RenameHandler_gatewayTitle;

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        Object element = HandlerUtil.getCurrentStructuredSelection(event).getFirstElement();
        Optional<VolumeNode> volumeNode = Selections.volumeNode(element);
        Optional<SdcNode> sdcNode = Selections.sdcNode(element);
        if (volumeNode.isPresent()) {
            volumeNode.get().volume().ifPresent(volume -> renameVolume(shell, volumeNode.get(), volume));
        } else if (sdcNode.isPresent()) {
            sdcNode.get().sdc().ifPresent(sdc -> renameSdc(shell, sdcNode.get(), sdc));
        } else if (element instanceof GatewayConnection gateway && !gateway.isDemo()) {
            renameGateway(shell, gateway);
        }
        return null;
    }

    private static void renameVolume(Shell shell, VolumeNode node, Volume volume) {
        ask(shell, VOLUME_TITLE, NLS.bind(Messages.RenameHandler_volumeName, volume.name()), volume.name(),
            text -> VolumeRules.nameProblem(text, node.model(), volume.id()))
            .ifPresent(name -> ClusterOperations.renameVolume(node.connection(), volume.id(), name).schedule());
    }

    private static void renameSdc(Shell shell, SdcNode node, Sdc sdc) {
        String current = sdc.name() == null ? "" : sdc.name();
        String label = current.isEmpty() ? NLS.bind(Messages.RenameHandler_sdcAt, sdc.sdcIp())
            : NLS.bind(Messages.RenameHandler_sdcNamed, current);
        ask(shell, SDC_TITLE, NLS.bind(Messages.RenameHandler_sdcName, label), current, VolumeRules::objectNameProblem)
            .ifPresent(name -> ClusterOperations.renameSdc(node.connection(), sdc.id(), name).schedule());
    }

    private static void renameGateway(Shell shell, GatewayConnection gateway) {
        var connections = ArrowheadCore.connections();
        IInputValidator validator = text -> {
            if (text.isBlank()) {
                return Messages.RenameHandler_gatewayNameMissing;
            }
            boolean taken = connections.all().stream()
                .anyMatch(other -> other != gateway && other.name().equalsIgnoreCase(text.strip()));
            return taken ? NLS.bind(Messages.RenameHandler_gatewayNameTaken, text.strip()) : null;
        };
        Optional<String> name = ask(shell, GATEWAY_TITLE, NLS.bind(Messages.RenameHandler_gatewayName, gateway.name()),
            gateway.name(), validator);
        if (name.isPresent()) {
            var settings = gateway.settings();
            try {
                connections.update(gateway, settings.withValues(name.get().strip(), settings.url(), settings.user()),
                    null);
            } catch (SecretStoreException | IllegalArgumentException e) {
                MessageDialog.openError(shell, GATEWAY_TITLE, NLS.bind(Messages.RenameHandler_gatewayFailed,
                    e.getMessage()));
            }
        }
    }

    /** The new name, if the user confirmed one that differs from the current name. */
    private static Optional<String> ask(Shell shell, String title, String message, String current,
        IInputValidator validator) {
        InputDialog dialog = new InputDialog(shell, title, message, current, validator);
        if (dialog.open() != Window.OK || dialog.getValue().equals(current)) {
            return Optional.empty();
        }
        return Optional.of(dialog.getValue());
    }
}
