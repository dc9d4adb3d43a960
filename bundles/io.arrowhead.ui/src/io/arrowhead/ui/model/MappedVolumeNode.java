package io.arrowhead.ui.model;

import java.util.Optional;

import io.arrowhead.core.GatewayConnection;
import io.arrowhead.scaleio.client.model.MappedSdcInfo;
import io.arrowhead.scaleio.client.model.Volume;

/**
 * A volume as listed under an SDC it is mapped to. It is a different tree element from the {@link VolumeNode} in
 * the volume's pool, but commands and properties treat it as that volume, through {@link #volumeNode()}.
 */
public record MappedVolumeNode(GatewayConnection connection, String sdcId, String volumeId) implements ClusterNode {

    public VolumeNode volumeNode() {
        return new VolumeNode(connection, volumeId);
    }

    public Optional<Volume> volume() {
        return volumeNode().volume();
    }

    public Optional<MappedSdcInfo> mapping() {
        return volume().flatMap(v -> v.mappingOf(sdcId));
    }
}
