package io.arrowhead.ui.internal.dnd;

import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import io.arrowhead.ui.internal.attach.DockerHostActions;
import io.arrowhead.ui.internal.attach.DockerHostRules;
import io.arrowhead.ui.internal.attach.HostStates;
import io.arrowhead.ui.model.DockerHostNode;
import io.arrowhead.ui.model.DockerVolumeNode;

/**
 * A Docker volume dragged from its host onto another host moves there, after the confirmation. Refused while
 * hovering: the same host, a target host that cannot take volumes, containers using it, its name taken there.
 */
final class DockerVolumeDrop {

    private DockerVolumeDrop() {
    }

    /** The Docker volumes dragged, or an empty list when anything else is among them. */
    static List<DockerVolumeNode> dragged(IStructuredSelection selection) {
        List<?> elements = selection.toList();
        if (elements.isEmpty() || !elements.stream().allMatch(DockerVolumeNode.class::isInstance)) {
            return List.of();
        }
        return elements.stream().map(DockerVolumeNode.class::cast).toList();
    }

    static String refusal(List<DockerVolumeNode> dragged, DockerHostNode target) {
        if (dragged.size() != 1) {
            return io.arrowhead.ui.internal.attach.Messages.Rule_onlyOneDockerVolume;
        }
        DockerVolumeNode node = dragged.getFirst();
        return DockerHostRules.moveProblem(node.dockerVolumeName(), HostStates.of(node.host()),
            HostStates.of(target.host()));
    }

    static String action(List<DockerVolumeNode> dragged, DockerHostNode target) {
        DockerVolumeNode node = dragged.getFirst();
        return NLS.bind(Messages.Drop_move, new Object[] { node.dockerVolumeName(), node.host().name(),
            target.host().name() });
    }

    static void drop(Shell shell, List<DockerVolumeNode> dragged, DockerHostNode target) {
        DockerHostActions.move(shell, dragged.getFirst(), target.host());
    }
}
