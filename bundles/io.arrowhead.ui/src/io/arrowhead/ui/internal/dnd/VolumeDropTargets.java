package io.arrowhead.ui.internal.dnd;

import java.util.List;
import java.util.Optional;

/** Every kind of element volumes can be dropped on. */
final class VolumeDropTargets {

    private static final List<VolumeDropTarget> ALL = List.of(new SdcDropTarget(), new DockerHostDropTarget());

    private VolumeDropTargets() {
    }

    static Optional<VolumeDropTarget> forElement(Object element) {
        return ALL.stream().filter(target -> target.accepts(element)).findFirst();
    }
}
