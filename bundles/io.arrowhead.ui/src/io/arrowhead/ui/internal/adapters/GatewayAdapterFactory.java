package io.arrowhead.ui.internal.adapters;

import io.arrowhead.core.GatewayConnection;
import io.arrowhead.ui.model.ClusterNode;

/** Every node below a gateway adapts to the gateway connection it belongs to. */
public final class GatewayAdapterFactory extends NodeFamilyAdapterFactory {

    public GatewayAdapterFactory() {
        super(GatewayConnection.class);
    }

    @Override
    protected Object adapt(Object adaptable, Class<?> adapterType) {
        return adaptable instanceof ClusterNode node ? node.connection() : null;
    }
}
