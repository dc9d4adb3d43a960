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
import io.arrowhead.ui.internal.mapping.MappingSelection;
import io.arrowhead.ui.model.VolumeNode;

/** Attach to Docker Host… on the selected volumes: the drop on a host, without a mouse. */
public final class AttachToDockerHostHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        List<VolumeNode> volumes = MappingSelection.volumeNodes(HandlerUtil.getCurrentStructuredSelection(event));
        List<ManagedHost> hosts = ArrowheadCore.hosts().all();
        if (volumes.isEmpty()) {
            return null;
        }
        if (hosts.isEmpty()) {
            MessageDialog.openInformation(shell, Messages.Attach_title, Messages.Attach_noHosts);
            return null;
        }
        String what = volumes.size() == 1 ? volumes.getFirst().volume().map(v -> v.name()).orElse("?")
            : String.valueOf(volumes.size());
        ManagedHost host = HostChooser.choose(shell, NLS.bind(Messages.Choose_attach, what), hosts);
        if (host != null) {
            DockerHostActions.attach(shell, volumes, host);
        }
        return null;
    }
}
