package io.arrowhead.ui.internal.dnd;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import io.arrowhead.ui.internal.attach.DockerHostActions;
import io.arrowhead.ui.internal.attach.DockerHostRules;
import io.arrowhead.ui.internal.attach.HostStates;
import io.arrowhead.ui.model.DockerHostNode;
import io.arrowhead.ui.model.VolumeNode;

/**
 * Volumes dropped on a Docker host are attached to it, after the Attach dialog. Refused while hovering: a host whose
 * state rules it out (no SDC, unreachable, ...), an SDC of another cluster, a volume mapped elsewhere.
 */
final class DockerHostDropTarget implements VolumeDropTarget {

    @Override
    public boolean accepts(Object element) {
        return element instanceof DockerHostNode;
    }

    @Override
    public String refusal(List<VolumeNode> volumes, Object element) {
        return DockerHostRules.attachProblem(volumes, HostStates.of(((DockerHostNode) element).host()));
    }

    @Override
    public String action(List<VolumeNode> volumes, Object element) {
        return NLS.bind(Messages.Drop_attach, VolumeDropTargets.names(volumes), ((DockerHostNode) element).host().name());
    }

    @Override
    public void drop(Shell shell, List<VolumeNode> volumes, Object element) {
        DockerHostActions.attach(shell, volumes, ((DockerHostNode) element).host());
    }
}
