package io.arrowhead.ui.internal.dnd;

import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.ui.model.VolumeNode;

/** Every kind of element volumes can be dropped on. */
final class VolumeDropTargets {

    private static final List<VolumeDropTarget> ALL = List.of(new SdcDropTarget(), new DockerHostDropTarget());

    private VolumeDropTargets() {
    }

    static Optional<VolumeDropTarget> forElement(Object element) {
        return ALL.stream().filter(target -> target.accepts(element)).findFirst();
    }

    /** The dragged volume's name, or how many volumes, for the sentence of what a drop does. */
    static String names(List<VolumeNode> volumes) {
        if (volumes.size() != 1) {
            return NLS.bind(Messages.Drop_volumes, volumes.size());
        }
        VolumeNode node = volumes.getFirst();
        return node.volume().map(Volume::name).filter(name -> !name.isBlank()).orElse(node.id());
    }
}
