package io.arrowhead.ui.model;

import java.util.Optional;

import io.arrowhead.core.GatewayConnection;
import io.arrowhead.scaleio.client.model.ScaleIoSystem;

/** The ScaleIO system (cluster) behind a gateway. */
public record SystemNode(GatewayConnection connection, String id) implements ClusterNode {

    public Optional<ScaleIoSystem> system() {
        return Optional.ofNullable(model()).map(m -> m.system()).filter(s -> s.id().equals(id));
    }
}
