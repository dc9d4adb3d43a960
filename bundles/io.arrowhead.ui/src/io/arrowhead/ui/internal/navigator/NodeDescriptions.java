package io.arrowhead.ui.internal.navigator;

import java.util.List;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.Units;
import io.arrowhead.scaleio.client.model.Device;
import io.arrowhead.scaleio.client.model.ProtectionDomain;
import io.arrowhead.scaleio.client.model.ScaleIoSystem;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.Sds;
import io.arrowhead.scaleio.client.model.StoragePool;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.ui.model.ClusterNode;
import io.arrowhead.ui.model.DeviceNode;
import io.arrowhead.ui.model.FolderNode;
import io.arrowhead.ui.model.MappedVolumeNode;
import io.arrowhead.ui.model.PoolNode;
import io.arrowhead.ui.model.ProtectionDomainNode;
import io.arrowhead.ui.model.RangeNode;
import io.arrowhead.ui.model.SdcNode;
import io.arrowhead.ui.model.SdsNode;
import io.arrowhead.ui.model.SystemNode;
import io.arrowhead.ui.model.VolumeNode;
import io.arrowhead.ui.internal.Formats;

/** The one-line descriptions the status line shows for a selected node, such as a volume's id, size and pool. */
public final class NodeDescriptions {

    private final NodeText text;

    public NodeDescriptions(NodeText text) {
        this.text = text;
    }

    public String describe(ClusterNode node) {
        ClusterModel model = node.model();
        if (model == null) {
            return text.name(node);
        }
        return switch (node) {
            case SystemNode s -> s.system().map(NodeDescriptions::system).orElse(text.name(s));
            case FolderNode f -> f.kind().label() + " " + text.qualifier(f) + " of " + folderOwner(model, f);
            case ProtectionDomainNode d -> d.protectionDomain().map(pd -> domain(model, pd)).orElse(text.name(d));
            case PoolNode p -> p.pool().map(pool -> pool(model, pool)).orElse(text.name(p));
            case SdsNode s -> s.sds().map(NodeDescriptions::sds).orElse(text.name(s));
            case DeviceNode d -> d.device().map(NodeDescriptions::device).orElse(text.name(d));
            case VolumeNode v -> v.volume().map(volume -> volume(model, volume)).orElse(text.name(v));
            case MappedVolumeNode m -> mapped(model, m);
            case SdcNode s -> s.sdc().map(sdc -> sdc(model, sdc)).orElse(text.name(s));
            case RangeNode r -> text.name(r) + ", items " + text.qualifier(r) + " of " + text.name(Ranges.owner(r));
        };
    }

    private static String system(ScaleIoSystem system) {
        return "ScaleIO system " + NodeText.orElse(system.name(), system.id()) + withId(system.id())
            + (system.systemVersionName() == null ? "" : ", " + system.systemVersionName());
    }

    private static String folderOwner(ClusterModel model, FolderNode folder) {
        if (folder.kind() == FolderNode.Kind.SDSS) {
            return "protection domain " + model.protectionDomain(folder.parentId())
                .map(ProtectionDomain::name).orElse(folder.parentId());
        }
        return "system " + NodeText.orElse(model.system().name(), model.system().id());
    }

    private static String domain(ClusterModel model, ProtectionDomain domain) {
        return "Protection domain " + domain.name() + withId(domain.id()) + ", "
            + Formats.count(model.pools(domain.id()).size(), "storage pool", "storage pools") + ", "
            + Formats.count(model.sdss(domain.id()).size(), "SDS", "SDSs")
            + (domain.protectionDomainState() == null ? "" : ", " + domain.protectionDomainState());
    }

    private static String pool(ClusterModel model, StoragePool pool) {
        String domain = model.protectionDomain(pool.protectionDomainId()).map(ProtectionDomain::name)
            .orElse(pool.protectionDomainId());
        return "Storage pool " + pool.name() + withId(pool.id()) + ", "
            + Formats.count(model.volumes(pool.id()).size(), "volume", "volumes") + ", in protection domain " + domain;
    }

    private static String sds(Sds sds) {
        List<String> ips = sds.ipList().stream().map(ip -> ip.ip()).toList();
        return "SDS " + NodeText.orElse(sds.name(), sds.id()) + withId(sds.id())
            + (ips.isEmpty() ? "" : ", " + String.join(", ", ips))
            + (sds.sdsState() == null ? "" : ", " + sds.sdsState());
    }

    private static String device(Device device) {
        Long capacity = device.maxCapacityInKb() != null ? device.maxCapacityInKb() : device.capacityLimitInKb();
        return "Device " + NodeText.orElse(device.name(), device.id()) + withId(device.id())
            + (device.deviceCurrentPathName() == null ? "" : ", " + device.deviceCurrentPathName())
            + (capacity == null ? "" : ", " + Units.formatKib(capacity))
            + (device.deviceState() == null ? "" : ", " + device.deviceState());
    }

    private static String volume(ClusterModel model, Volume volume) {
        String pool = model.pool(volume.storagePoolId()).map(StoragePool::name).orElse(volume.storagePoolId());
        String source = volume.isSnapshot() && volume.ancestorVolumeId() != null
            ? " of " + model.volume(volume.ancestorVolumeId()).map(Volume::name).orElse(volume.ancestorVolumeId())
            : "";
        int mappings = volume.mappedSdcInfo().size();
        return (volume.isSnapshot() ? "Snapshot " : "Volume ") + volume.name() + source + withId(volume.id()) + ", "
            + Units.formatKib(volume.sizeInKb()) + " " + NodeText.typeName(volume.volumeType())
            + (mappings == 0 ? ", not mapped" : ", mapped to " + Formats.count(mappings, "SDC", "SDCs"))
            + ", in pool " + pool;
    }

    private String mapped(ClusterModel model, MappedVolumeNode node) {
        String sdc = model.sdc(node.sdcId()).map(NodeText::sdcName).orElse(node.sdcId());
        return "Volume " + text.name(node) + withId(node.volumeId()) + " mapped to SDC " + sdc + ", limits "
            + node.mapping().map(NodeText::limits).orElse("unknown");
    }

    private static String sdc(ClusterModel model, Sdc sdc) {
        return "SDC " + NodeText.sdcName(sdc) + withId(sdc.id())
            + (sdc.sdcIp() == null ? "" : ", " + sdc.sdcIp())
            + (sdc.isConnected() ? ", connected" : ", disconnected") + ", "
            + Formats.count(model.volumesMappedTo(sdc.id()).size(), "volume", "volumes") + " mapped";
    }

    private static String withId(String id) {
        return " (id " + id + ")";
    }
}
