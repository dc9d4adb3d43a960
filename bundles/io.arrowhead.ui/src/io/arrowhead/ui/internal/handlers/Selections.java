package io.arrowhead.ui.internal.handlers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;

import io.arrowhead.core.GatewayConnection;
import io.arrowhead.ui.model.SdcNode;
import io.arrowhead.ui.model.VolumeNode;

/** What the handlers read from a navigator selection. */
final class Selections {

    private Selections() {
    }

    /** The gateway an element belongs to: the gateway itself or the one a node (or an editor's input) comes from. */
    static Optional<GatewayConnection> gatewayOf(Object element) {
        return Optional.ofNullable(Adapters.adapt(element, GatewayConnection.class));
    }

    /** The distinct gateways of the selected elements, in selection order. */
    static List<GatewayConnection> gateways(IStructuredSelection selection) {
        Set<GatewayConnection> gateways = new LinkedHashSet<>();
        for (Object element : selection) {
            gatewayOf(element).ifPresent(gateways::add);
        }
        return List.copyOf(gateways);
    }

    /** The selected gateway nodes themselves. */
    static List<GatewayConnection> gatewayNodes(IStructuredSelection selection) {
        return instances(selection, GatewayConnection.class);
    }

    /** The volume (or snapshot) an element stands for, also a volume listed under an SDC. */
    static Optional<VolumeNode> volumeNode(Object element) {
        return Optional.ofNullable(Adapters.adapt(element, VolumeNode.class));
    }

    /** The SDC an element stands for. */
    static Optional<SdcNode> sdcNode(Object element) {
        return Optional.ofNullable(Adapters.adapt(element, SdcNode.class));
    }

    /** The distinct volume nodes of the selection. */
    static List<VolumeNode> volumeNodes(IStructuredSelection selection) {
        Set<VolumeNode> volumes = new LinkedHashSet<>();
        for (Object element : selection) {
            volumeNode(element).ifPresent(volumes::add);
        }
        return List.copyOf(volumes);
    }

    static <T> List<T> instances(IStructuredSelection selection, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Object element : selection) {
            if (type.isInstance(element)) {
                found.add(type.cast(element));
            }
        }
        return found;
    }
}
