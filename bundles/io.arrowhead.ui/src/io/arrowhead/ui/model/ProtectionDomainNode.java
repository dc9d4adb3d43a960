package io.arrowhead.ui.model;

import java.util.Optional;

import io.arrowhead.core.GatewayConnection;
import io.arrowhead.scaleio.client.model.ProtectionDomain;

public record ProtectionDomainNode(GatewayConnection connection, String id) implements ClusterNode {

    public Optional<ProtectionDomain> protectionDomain() {
        return Optional.ofNullable(model()).flatMap(m -> m.protectionDomain(id));
    }
}
