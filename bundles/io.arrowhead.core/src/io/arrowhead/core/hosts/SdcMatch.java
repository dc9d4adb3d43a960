package io.arrowhead.core.hosts;

import java.util.Collection;
import java.util.Optional;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.scaleio.client.model.Sdc;

/**
 * The SDC a Docker host runs, as one connected gateway knows it: the host reports its GUID, each gateway's loaded model
 * lists the SDCs of its cluster. Reads only loaded models, so it never waits on the network.
 */
public record SdcMatch(GatewayConnection connection, Sdc sdc) {

    /** The SDC with this GUID (any case) among the connected gateways' loaded models, the first found. */
    public static Optional<SdcMatch> find(String sdcGuid, Collection<GatewayConnection> gateways) {
        if (sdcGuid == null || sdcGuid.isBlank()) {
            return Optional.empty();
        }
        for (GatewayConnection gateway : gateways) {
            ClusterModel model = gateway.isConnected() ? gateway.model() : null;
            if (model == null) {
                continue;
            }
            for (Sdc sdc : model.sdcs()) {
                if (sdcGuid.equalsIgnoreCase(sdc.sdcGuid())) {
                    return Optional.of(new SdcMatch(gateway, sdc));
                }
            }
        }
        return Optional.empty();
    }

    /** The SDC as the operator knows it: its name, or its IP when it has none. */
    public String sdcLabel() {
        return ClusterModel.sdcLabel(sdc);
    }
}
