package io.arrowhead.ui.model;

import java.util.Optional;

import io.arrowhead.core.GatewayConnection;
import io.arrowhead.scaleio.client.model.Sds;

public record SdsNode(GatewayConnection connection, String id) implements ClusterNode {

    public Optional<Sds> sds() {
        return Optional.ofNullable(model()).flatMap(m -> m.sds(id));
    }
}
