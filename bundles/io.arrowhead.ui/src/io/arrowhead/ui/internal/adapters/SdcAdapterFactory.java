package io.arrowhead.ui.internal.adapters;

import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.ui.model.MappedVolumeNode;
import io.arrowhead.ui.model.SdcNode;

/** An SDC, and a volume listed under an SDC (which stands for the mapping too), adapt to the SDC. */
public final class SdcAdapterFactory extends NodeFamilyAdapterFactory {

    public SdcAdapterFactory() {
        super(SdcNode.class, Sdc.class);
    }

    @Override
    protected Object adapt(Object adaptable, Class<?> adapterType) {
        SdcNode node = switch (adaptable) {
            case SdcNode sdc -> sdc;
            case MappedVolumeNode mapped -> new SdcNode(mapped.connection(), mapped.sdcId());
            default -> null;
        };
        if (node == null) {
            return null;
        }
        return adapterType == Sdc.class ? node.sdc().orElse(null) : node;
    }
}
