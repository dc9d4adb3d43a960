package io.arrowhead.ui.model;

import java.util.Optional;

import io.arrowhead.core.GatewayConnection;
import io.arrowhead.scaleio.client.model.StoragePool;

public record PoolNode(GatewayConnection connection, String id) implements ClusterNode {

    public Optional<StoragePool> pool() {
        return Optional.ofNullable(model()).flatMap(m -> m.pool(id));
    }
}
