package io.arrowhead.ui.model;

import java.util.Optional;

import io.arrowhead.core.GatewayConnection;
import io.arrowhead.scaleio.client.model.Volume;

/** A volume or snapshot in its pool (snapshots nested under their source volume). */
public record VolumeNode(GatewayConnection connection, String id) implements ClusterNode {

    public Optional<Volume> volume() {
        return Optional.ofNullable(model()).flatMap(m -> m.volume(id));
    }
}
