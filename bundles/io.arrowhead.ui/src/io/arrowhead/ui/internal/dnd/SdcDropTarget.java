package io.arrowhead.ui.internal.dnd;

import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.MappingRules;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.ui.internal.mapping.MapToSdc;
import io.arrowhead.ui.model.SdcNode;
import io.arrowhead.ui.model.VolumeNode;

/**
 * Volumes dropped on an SDC are mapped to it, after the Map to SDC confirmation with that SDC chosen. Refused while
 * hovering: another gateway's SDC, a gateway that is not connected, and a volume already mapped to this SDC. The
 * options (multiple mappings, access mode, limits) are the confirmation's to check.
 */
final class SdcDropTarget implements VolumeDropTarget {

    @Override
    public boolean accepts(Object element) {
        return element instanceof SdcNode;
    }

    @Override
    public String refusal(List<VolumeNode> volumes, Object element) {
        SdcNode target = (SdcNode) element;
        for (VolumeNode node : volumes) {
            if (!node.connection().equals(target.connection())) {
                return NLS.bind(Messages.Drop_otherGateway, node.connection().name(), target.connection().name());
            }
        }
        if (!target.connection().isConnected()) {
            return NLS.bind(Messages.Drop_notConnected, target.connection().name());
        }
        Optional<Sdc> sdc = target.sdc();
        if (sdc.isEmpty()) {
            return Messages.Drop_gone;
        }
        for (VolumeNode node : volumes) {
            Optional<Volume> volume = node.volume();
            if (volume.isEmpty()) {
                return Messages.Drop_gone;
            }
            String problem = MappingRules.targetProblem(volume.get(), sdc.get());
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    @Override
    public String action(List<VolumeNode> volumes, Object element) {
        SdcNode target = (SdcNode) element;
        String sdc = target.sdc().map(ClusterModel::sdcLabel).orElse(target.id());
        return NLS.bind(Messages.Drop_map, VolumeDropTargets.names(volumes), sdc);
    }

    @Override
    public void drop(Shell shell, List<VolumeNode> volumes, Object element) {
        MapToSdc.ask(shell, volumes, ((SdcNode) element).id());
    }
}
