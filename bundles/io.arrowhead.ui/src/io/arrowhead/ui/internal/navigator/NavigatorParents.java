package io.arrowhead.ui.internal.navigator;

import java.util.List;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.ui.model.ClusterNode;
import io.arrowhead.ui.model.DeviceNode;
import io.arrowhead.ui.model.FolderNode;
import io.arrowhead.ui.model.FolderNode.Kind;
import io.arrowhead.ui.model.MappedVolumeNode;
import io.arrowhead.ui.model.PoolNode;
import io.arrowhead.ui.model.ProtectionDomainNode;
import io.arrowhead.ui.model.RangeNode;
import io.arrowhead.ui.model.SdcNode;
import io.arrowhead.ui.model.SdsNode;
import io.arrowhead.ui.model.SystemNode;
import io.arrowhead.ui.model.VolumeNode;

/**
 * Parents of navigator nodes, which the viewer needs to reveal or select a node it has not shown yet. Items of long
 * lists find their range by their index in the list; that scan runs only when the viewer asks, not per label.
 */
final class NavigatorParents {

    private NavigatorParents() {
    }

    static Object parent(NavigatorChildren children, Object element) {
        if (!(element instanceof ClusterNode node) || node.model() == null) {
            return null;
        }
        ClusterModel model = node.model();
        GatewayConnection c = node.connection();
        String systemId = model.system().id();
        return switch (node) {
            case SystemNode system -> c;
            case FolderNode folder when folder.kind() == Kind.SDSS -> new ProtectionDomainNode(c, folder.parentId());
            case FolderNode folder -> new SystemNode(c, folder.parentId());
            case ProtectionDomainNode domain -> new FolderNode(c, Kind.PROTECTION_DOMAINS, systemId);
            case PoolNode pool -> model.pool(pool.id())
                .map(p -> new ProtectionDomainNode(c, p.protectionDomainId())).orElse(null);
            case SdsNode sds -> model.sds(sds.id()).map(s -> new FolderNode(c, Kind.SDSS, s.protectionDomainId()))
                .orElse(null);
            case DeviceNode device -> model.device(device.id()).map(d -> new SdsNode(c, d.sdsId())).orElse(null);
            case RangeNode range -> range.parent();
            case SdcNode sdc -> inList(children, new FolderNode(c, Kind.SDCS, systemId), sdc);
            case MappedVolumeNode mapped -> inList(children, new SdcNode(c, mapped.sdcId()), mapped);
            case VolumeNode volume -> model.volume(volume.id())
                .map(v -> inList(children, owner(c, model, v), volume)).orElse(null);
        };
    }

    /** The node whose list holds a volume: its source volume for a snapshot, else its pool. */
    private static ClusterNode owner(GatewayConnection c, ClusterModel model, Volume volume) {
        if (volume.isSnapshot() && volume.ancestorVolumeId() != null
            && model.volume(volume.ancestorVolumeId()).isPresent()) {
            return new VolumeNode(c, volume.ancestorVolumeId());
        }
        return new PoolNode(c, volume.storagePoolId());
    }

    /** The owner itself or the range of it that holds the item; the owner when the filter hides the item. */
    private static ClusterNode inList(NavigatorChildren children, ClusterNode owner, ClusterNode item) {
        List<ClusterNode> items = children.items(owner);
        int index = items.indexOf(item);
        return index < 0 ? owner : Ranges.parentOf(owner, items.size(), index);
    }
}
