package io.arrowhead.ui.internal.attach;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.ui.model.DockerVolumeNode;

/** Move to Docker Host… on one selected Docker volume: the drop on another host, without a mouse. */
public final class MoveToDockerHostHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        if (!(HandlerUtil.getCurrentStructuredSelection(event).getFirstElement() instanceof DockerVolumeNode node)) {
            return null;
        }
        List<ManagedHost> others = ArrowheadCore.hosts().all().stream().filter(h -> !h.equals(node.host())).toList();
        if (others.isEmpty()) {
            MessageDialog.openInformation(shell, Messages.Move_title,
                NLS.bind(Messages.Choose_noOtherHost, node.dockerVolumeName()));
            return null;
        }
        ManagedHost to = HostChooser.choose(shell,
            NLS.bind(Messages.Choose_move, node.dockerVolumeName(), node.host().name()), others);
        if (to != null) {
            DockerHostActions.move(shell, node, to);
        }
        return null;
    }
}
