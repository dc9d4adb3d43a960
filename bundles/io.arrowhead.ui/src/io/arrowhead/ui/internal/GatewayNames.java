package io.arrowhead.ui.internal;

import io.arrowhead.core.ArrowheadCore;

/**
 * Whether titles must name the gateway of what they show. Clusters of different gateways may use the same names
 * (every simulator calls its system sim-system), so with more than one gateway a title alone is ambiguous.
 */
public final class GatewayNames {

    private GatewayNames() {
    }

    /** Whether more than one gateway, the demo included, is configured. */
    public static boolean needed() {
        return ArrowheadCore.connections().all().size() > 1;
    }
}
