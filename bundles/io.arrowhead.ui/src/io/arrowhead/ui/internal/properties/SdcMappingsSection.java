package io.arrowhead.ui.internal.properties;

import java.util.List;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.scaleio.client.model.MappedSdcInfo;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.ui.model.SdcNode;
import io.arrowhead.ui.internal.Formats;

/** The Mappings tab of an SDC: the volumes mapped to it, with each mapping's access and QoS limits. */
public final class SdcMappingsSection extends AbstractMappingsSection {

    private static final List<String> HEADERS =
        List.of(Messages.Text_volume, Messages.Text_size, Messages.Text_access, Messages.Text_iopsLimit,
            Messages.Text_bandwidthLimit);

    @Override
    protected List<String> headers() {
        return HEADERS;
    }

    @Override
    protected List<String[]> rows(Object element) {
        if (!(element instanceof SdcNode node) || !(node.model() instanceof ClusterModel model)) {
            return List.of();
        }
        return model.volumesMappedTo(node.id()).stream().map(volume -> row(volume, node.id())).toList();
    }

    private static String[] row(Volume volume, String sdcId) {
        MappedSdcInfo mapping = volume.mappingOf(sdcId).orElse(null);
        return new String[] {volume.name(), Formats.kib(volume.sizeInKb()),
            Formats.accessMode(mapping == null ? null : mapping.accessMode()),
            Formats.iopsLimit(mapping == null ? null : mapping.limitIops()),
            Formats.bandwidthLimit(mapping == null ? null : mapping.limitBwInMbps())};
    }
}
