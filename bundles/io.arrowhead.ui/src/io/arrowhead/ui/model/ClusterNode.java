package io.arrowhead.ui.model;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.GatewayConnection;

/**
 * An element of the navigator below a gateway. Nodes are small values (connection plus ids), equal when they name
 * the same object, so that the tree keeps its expansion and selection when a reload replaces the model. The object
 * itself is looked up in the connection's current model each time it is needed.
 */
public sealed interface ClusterNode permits SystemNode, FolderNode, ProtectionDomainNode, PoolNode, VolumeNode,
    MappedVolumeNode, SdsNode, DeviceNode, SdcNode, RangeNode {

    GatewayConnection connection();

    /** The current model of the node's gateway, or {@code null} when it has none. */
    default ClusterModel model() {
        return connection().model();
    }
}
