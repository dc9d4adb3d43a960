package io.arrowhead.ui.model;

import java.util.Optional;

import io.arrowhead.core.GatewayConnection;
import io.arrowhead.scaleio.client.model.Sdc;

public record SdcNode(GatewayConnection connection, String id) implements ClusterNode {

    public Optional<Sdc> sdc() {
        return Optional.ofNullable(model()).flatMap(m -> m.sdc(id));
    }
}
