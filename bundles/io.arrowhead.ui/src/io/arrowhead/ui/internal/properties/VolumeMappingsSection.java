package io.arrowhead.ui.internal.properties;

import java.util.List;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.scaleio.client.model.MappedSdcInfo;
import io.arrowhead.ui.model.VolumeNode;
import io.arrowhead.ui.internal.Formats;

/** The Mappings tab of a volume: the SDCs it is mapped to, with each mapping's access and QoS limits. */
public final class VolumeMappingsSection extends AbstractMappingsSection {

    private static final List<String> HEADERS = List.of(Messages.Text_sdc, Messages.Text_ip, Messages.Text_access,
        Messages.Text_iopsLimit, Messages.Text_bandwidthLimit);

    @Override
    protected List<String> headers() {
        return HEADERS;
    }

    @Override
    protected List<String[]> rows(Object element) {
        if (!(element instanceof VolumeNode node) || !(node.model() instanceof ClusterModel model)) {
            return List.of();
        }
        return model.volume(node.id()).map(volume -> volume.mappedSdcInfo().stream()
            .map(mapping -> row(mapping, model)).toList()).orElse(List.of());
    }

    private static String[] row(MappedSdcInfo mapping, ClusterModel model) {
        // older gateways leave the name out of the mapping; the SDC itself may have one
        String sdc = mapping.sdcName() != null ? mapping.sdcName()
            : model.sdc(mapping.sdcId()).map(ClusterModel::sdcLabel).orElse(mapping.sdcId());
        return new String[] {Formats.text(sdc), Formats.text(mapping.sdcIp()), Formats.accessMode(mapping.accessMode()),
            Formats.iopsLimit(mapping.limitIops()), Formats.bandwidthLimit(mapping.limitBwInMbps())};
    }
}
