package io.arrowhead.ui.internal.mapping;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.ClusterOperations.Mapping;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.MappingRules;
import io.arrowhead.scaleio.client.model.MappedSdcInfo;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.ui.model.MappedVolumeNode;
import io.arrowhead.ui.model.VolumeNode;

/** What mapping commands read from a selection: the volumes, and the mappings to remove. */
public final class MappingSelection {

    private MappingSelection() {
    }

    /** The distinct volumes the elements stand for, a volume listed under an SDC included. */
    public static List<VolumeNode> volumeNodes(Iterable<?> elements) {
        Set<VolumeNode> volumes = new LinkedHashSet<>();
        for (Object element : elements) {
            VolumeNode node = Adapters.adapt(element, VolumeNode.class);
            if (node != null) {
                volumes.add(node);
            }
        }
        return List.copyOf(volumes);
    }

    /** A mapping to remove, with the gateway it is on. */
    record Unmapping(GatewayConnection connection, Mapping mapping) {
    }

    /**
     * The mappings the selection stands for: a volume under an SDC means that one mapping, a volume in its pool all
     * of its mappings. Elements whose volume is gone are left out.
     */
    static List<Unmapping> unmappings(IStructuredSelection selection) {
        Set<Unmapping> found = new LinkedHashSet<>();
        for (Object element : selection) {
            if (element instanceof MappedVolumeNode mapped) {
                mapped.volume().ifPresent(volume -> mapped.mapping().ifPresent(
                    info -> found.add(unmapping(mapped.connection(), volume, info))));
            } else {
                VolumeNode node = Adapters.adapt(element, VolumeNode.class);
                if (node != null) {
                    node.volume().ifPresent(volume -> volume.mappedSdcInfo()
                        .forEach(info -> found.add(unmapping(node.connection(), volume, info))));
                }
            }
        }
        return new ArrayList<>(found);
    }

    private static Unmapping unmapping(GatewayConnection connection, Volume volume, MappedSdcInfo info) {
        ClusterModel model = connection.model();
        String label = model == null ? MappingRules.sdcLabel(info)
            : model.sdc(info.sdcId()).map(ClusterModel::sdcLabel).orElse(MappingRules.sdcLabel(info));
        return new Unmapping(connection, new Mapping(volume, info.sdcId(), label));
    }
}
