package io.arrowhead.ui.model;

import java.util.Optional;

import io.arrowhead.core.GatewayConnection;
import io.arrowhead.scaleio.client.model.Device;

public record DeviceNode(GatewayConnection connection, String id) implements ClusterNode {

    public Optional<Device> device() {
        return Optional.ofNullable(model()).flatMap(m -> m.device(id));
    }
}
