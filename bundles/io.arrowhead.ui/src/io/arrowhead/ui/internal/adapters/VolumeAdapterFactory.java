package io.arrowhead.ui.internal.adapters;

import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.ui.model.MappedVolumeNode;
import io.arrowhead.ui.model.VolumeNode;

/** A volume (or snapshot) in its pool, and a volume listed under an SDC, adapt to the volume they stand for. */
public final class VolumeAdapterFactory extends NodeFamilyAdapterFactory {

    public VolumeAdapterFactory() {
        super(VolumeNode.class, Volume.class);
    }

    @Override
    protected Object adapt(Object adaptable, Class<?> adapterType) {
        VolumeNode node = switch (adaptable) {
            case VolumeNode volume -> volume;
            case MappedVolumeNode mapped -> mapped.volumeNode();
            default -> null;
        };
        if (node == null) {
            return null;
        }
        return adapterType == Volume.class ? node.volume().orElse(null) : node;
    }
}
