package io.arrowhead.ui.internal.navigator;

import org.eclipse.osgi.util.NLS;

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
            case FolderNode f -> NLS.bind(Messages.Describe_folder, new Object[] {f.kind().label(), text.qualifier(f),
                folderOwner(model, f)});
            case ProtectionDomainNode d -> d.protectionDomain().map(pd -> domain(model, pd)).orElse(text.name(d));
            case PoolNode p -> p.pool().map(pool -> pool(model, pool)).orElse(text.name(p));
            case SdsNode s -> s.sds().map(NodeDescriptions::sds).orElse(text.name(s));
            case DeviceNode d -> d.device().map(NodeDescriptions::device).orElse(text.name(d));
            case VolumeNode v -> v.volume().map(volume -> volume(model, volume)).orElse(text.name(v));
            case MappedVolumeNode m -> mapped(model, m);
            case SdcNode s -> s.sdc().map(sdc -> sdc(model, sdc)).orElse(text.name(s));
            case RangeNode r -> NLS.bind(Messages.Describe_range, new Object[] {text.name(r), text.qualifier(r),
                text.name(Ranges.owner(r))});
        };
    }

    private static String system(ScaleIoSystem system) {
        return NLS.bind(Messages.Describe_system, NodeText.orElse(system.name(), system.id()), withId(system.id()))
            + more(system.systemVersionName());
    }

    private static String folderOwner(ClusterModel model, FolderNode folder) {
        if (folder.kind() == FolderNode.Kind.SDSS) {
            return NLS.bind(Messages.Describe_ownerDomain, model.protectionDomain(folder.parentId())
                .map(ProtectionDomain::name).orElse(folder.parentId()));
        }
        return NLS.bind(Messages.Describe_ownerSystem, NodeText.orElse(model.system().name(), model.system().id()));
    }

    private static String domain(ClusterModel model, ProtectionDomain domain) {
        return NLS.bind(Messages.Describe_domain, new Object[] {domain.name(), withId(domain.id()),
            Formats.count(model.pools(domain.id()).size(), Messages.Word_storagePool, Messages.Word_storagePools),
            Formats.count(model.sdss(domain.id()).size(), Messages.Word_sds, Messages.Word_sdss)})
            + more(domain.protectionDomainState());
    }

    private static String pool(ClusterModel model, StoragePool pool) {
        String domain = model.protectionDomain(pool.protectionDomainId()).map(ProtectionDomain::name)
            .orElse(pool.protectionDomainId());
        return NLS.bind(Messages.Describe_pool, new Object[] {pool.name(), withId(pool.id()),
            Formats.volumeCounts(model.volumeCounts(pool.id())), domain});
    }

    private static String sds(Sds sds) {
        List<String> ips = sds.ipList().stream().map(ip -> ip.ip()).toList();
        return NLS.bind(Messages.Describe_sds, NodeText.orElse(sds.name(), sds.id()), withId(sds.id()))
            + (ips.isEmpty() ? "" : more(String.join(", ", ips))) + more(sds.sdsState());
    }

    private static String device(Device device) {
        Long capacity = device.maxCapacityInKb() != null ? device.maxCapacityInKb() : device.capacityLimitInKb();
        return NLS.bind(Messages.Describe_device, NodeText.orElse(device.name(), device.id()), withId(device.id()))
            + more(device.deviceCurrentPathName()) + (capacity == null ? "" : more(Units.formatKib(capacity)))
            + more(device.deviceState());
    }

    private static String volume(ClusterModel model, Volume volume) {
        String pool = model.pool(volume.storagePoolId()).map(StoragePool::name).orElse(volume.storagePoolId());
        String source = volume.isSnapshot() && volume.ancestorVolumeId() != null
            ? NLS.bind(Messages.Describe_snapshotOf,
                model.volume(volume.ancestorVolumeId()).map(Volume::name).orElse(volume.ancestorVolumeId()))
            : "";
        int mappings = volume.mappedSdcInfo().size();
        String mapped = mappings == 0 ? Messages.Describe_notMapped
            : NLS.bind(Messages.Describe_mappedTo, Formats.count(mappings, Messages.Word_sdc, Messages.Word_sdcs));
        return NLS.bind(volume.isSnapshot() ? Messages.Describe_snapshot : Messages.Describe_volume, new Object[] {
            volume.name(), source, withId(volume.id()), Units.formatKib(volume.sizeInKb()),
            NodeText.typeName(volume.volumeType()), mapped, pool});
    }

    private String mapped(ClusterModel model, MappedVolumeNode node) {
        String sdc = model.sdc(node.sdcId()).map(NodeText::sdcName).orElse(node.sdcId());
        return NLS.bind(Messages.Describe_mappedVolume, new Object[] {text.name(node), withId(node.volumeId()), sdc,
            node.mapping().map(NodeText::limits).orElse(Messages.Describe_unknown)});
    }

    private static String sdc(ClusterModel model, Sdc sdc) {
        return NLS.bind(Messages.Describe_sdc, NodeText.sdcName(sdc), withId(sdc.id())) + more(sdc.sdcIp())
            + NLS.bind(sdc.isConnected() ? Messages.Describe_sdcConnected : Messages.Describe_sdcDisconnected,
                Formats.count(model.volumesMappedTo(sdc.id()).size(), Messages.Word_volume, Messages.Word_volumes));
    }

    private static String withId(String id) {
        return NLS.bind(Messages.Describe_id, id);
    }

    /** ", text" when there is text, otherwise nothing. */
    private static String more(String text) {
        return text == null ? "" : NLS.bind(Messages.Text_more, text);
    }
}
