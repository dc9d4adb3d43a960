package io.arrowhead.ui.internal.mapping;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.ClusterOperations;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.ui.model.VolumeNode;

/**
 * Mapping volumes to an SDC from the UI: the {@link MapToSdcDialog}, then the mapping job. The command and a drop
 * on an SDC both come here; nothing waits for the gateway.
 */
public final class MapToSdc {

    private MapToSdc() {
    }

    /**
     * Asks how to map the volumes (all of one gateway) and schedules the mapping if confirmed.
     *
     * @param presetSdcIdOrNull the SDC chosen at first
     * @return whether a mapping job was scheduled
     */
    public static boolean ask(Shell shell, List<VolumeNode> nodes, String presetSdcIdOrNull) {
        if (nodes.isEmpty()) {
            return false;
        }
        GatewayConnection connection = nodes.getFirst().connection();
        if (nodes.stream().anyMatch(n -> !n.connection().equals(connection))) {
            MessageDialog.openInformation(shell, Messages.MapToSdc_title, Messages.Mapping_differentGateways);
            return false;
        }
        ClusterModel model = connection.model();
        List<Volume> volumes = nodes.stream().map(VolumeNode::volume).flatMap(Optional::stream).toList();
        if (model == null || volumes.size() != nodes.size()) {
            MessageDialog.openInformation(shell, Messages.MapToSdc_title, Messages.Mapping_gone);
            return false;
        }
        if (model.sdcs().isEmpty()) {
            MessageDialog.openInformation(shell, Messages.MapToSdc_title, Messages.MapToSdc_noSdcs);
            return false;
        }
        Sdc preset = presetSdcIdOrNull == null ? null : model.sdc(presetSdcIdOrNull).orElse(null);
        MapToSdcDialog dialog = new MapToSdcDialog(shell, model, volumes, preset);
        if (dialog.open() != Window.OK) {
            return false;
        }
        MapToSdcDialog.Choice choice = dialog.choice();
        ClusterOperations.mapVolumes(connection, volumes, choice.sdc(), choice.options()).schedule();
        return true;
    }
}
