package io.arrowhead.ui.internal.navigator;

import org.eclipse.osgi.util.NLS;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.Units;
import io.arrowhead.core.VolumeCounts;
import io.arrowhead.scaleio.client.model.Device;
import io.arrowhead.scaleio.client.model.MappedSdcInfo;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.Sds;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.scaleio.client.model.VolumeType;
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

/**
 * The text of a node's label: its name, and the grey qualifier after it. Every value comes from a map lookup in the
 * current model (or the filter's cached lists), never a scan. A node whose object has just gone shows its id until
 * the pending refresh removes it.
 */
public final class NodeText {

    private final NavigatorChildren children;

    public NodeText(NavigatorChildren children) {
        this.children = children;
    }

    public String name(ClusterNode node) {
        return switch (node) {
            case SystemNode s -> s.system().map(sys -> orElse(sys.name(), sys.id())).orElse(s.id());
            case FolderNode f -> f.kind().label();
            case ProtectionDomainNode d -> d.protectionDomain().map(pd -> orElse(pd.name(), pd.id())).orElse(d.id());
            case PoolNode p -> p.pool().map(pool -> orElse(pool.name(), pool.id())).orElse(p.id());
            case SdsNode s -> s.sds().map(sds -> orElse(sds.name(), sds.id())).orElse(s.id());
            case DeviceNode d -> d.device().map(NodeText::deviceName).orElse(d.id());
            case VolumeNode v -> volumeName(v.volume(), v.id());
            case MappedVolumeNode m -> volumeName(m.volume(), m.volumeId());
            case SdcNode s -> s.sdc().map(NodeText::sdcName).orElse(s.id());
            case RangeNode r -> rangeName(r);
        };
    }

    /** The qualifier without leading blanks, or an empty string. */
    public String qualifier(ClusterNode node) {
        return switch (node) {
            case SystemNode s -> s.system().map(sys -> orElse(sys.systemVersionName(), "")).orElse("");
            case FolderNode f -> NLS.bind(Messages.Text_folderSize, folderSize(f));
            case ProtectionDomainNode d -> domainQualifier(d);
            case PoolNode p -> poolQualifier(p);
            case SdsNode s -> sdsQualifier(s);
            case DeviceNode d -> d.device().map(NodeText::deviceQualifier).orElse("");
            case VolumeNode v -> v.volume().map(volume -> withBacking(v, volumeQualifier(volume))).orElse("");
            case MappedVolumeNode m -> m.mapping().map(NodeText::limits).orElse("");
            case SdcNode s -> s.sdc().map(NodeText::sdcQualifier).orElse("");
            case RangeNode r -> NLS.bind(Messages.Text_rangeQualifier, r.from() + 1, r.to());
        };
    }

    /** "16 GiB thin, mapped to 2", "8 GiB thick", "16 GiB snapshot". */
    public static String volumeQualifier(Volume volume) {
        String text = NLS.bind(Messages.Text_volumeQualifier, Units.formatKib(volume.sizeInKb()),
            typeName(volume.volumeType()));
        int mappings = volume.mappedSdcInfo().size();
        return mappings == 0 ? text : NLS.bind(Messages.Text_volumeMapped, text, mappings);
    }

    /** "16 GiB thin, mapped to 1 → docker-01:pgdata" for a volume that backs a Docker volume. */
    private static String withBacking(VolumeNode node, String qualifier) {
        String backing = HostText.backing(node.model(), node.id());
        return backing.isEmpty() ? qualifier : qualifier + " " + backing;
    }

    /** A mapping's QoS limits: "1000 IOPS, 100 MiB/s", "1000 IOPS" or "unlimited"; 0 means no limit. */
    public static String limits(MappedSdcInfo mapping) {
        List<String> parts = new ArrayList<>(2);
        if (mapping.limitIops() != null && mapping.limitIops() > 0) {
            parts.add(NLS.bind(Messages.Text_iops, mapping.limitIops()));
        }
        if (mapping.limitBwInMbps() != null && mapping.limitBwInMbps() > 0) {
            parts.add(NLS.bind(Messages.Text_mbps, mapping.limitBwInMbps()));
        }
        return parts.isEmpty() ? Messages.Text_unlimited : String.join(", ", parts);
    }

    public static String typeName(VolumeType type) {
        return switch (type == null ? VolumeType.UNKNOWN : type) {
            case THIN_PROVISIONED -> Messages.Type_thin;
            case THICK_PROVISIONED -> Messages.Type_thick;
            case SNAPSHOT -> Messages.Type_snapshot;
            case UNKNOWN -> Messages.Type_volume;
        };
    }

    private String domainQualifier(ProtectionDomainNode domain) {
        ClusterView view = children.view(domain.connection());
        return view == null ? "" : Formats.count(view.pools(domain.id()).size(), Messages.Word_pool,
            Messages.Word_pools);
    }

    private String poolQualifier(PoolNode pool) {
        ClusterView view = children.view(pool.connection());
        if (view == null) {
            return "";
        }
        VolumeCounts counts = view.model().volumeCounts(pool.id());
        if (!children.filter().isActive()) {
            return Formats.volumeCounts(counts);
        }
        // matches are counted against the pool's volumes; snapshots are shown under their source
        long shown = view.volumes(pool.id()).stream().filter(volume -> !volume.isSnapshot()).count();
        return NLS.bind(Messages.Text_shownOf, shown,
            Formats.count(counts.volumes(), Messages.Word_volume, Messages.Word_volumes));
    }

    private int folderSize(FolderNode folder) {
        ClusterView view = children.view(folder.connection());
        if (view == null) {
            return 0;
        }
        return switch (folder.kind()) {
            case PROTECTION_DOMAINS -> view.protectionDomains().size();
            case SDCS -> view.sdcs().size();
            case SDSS -> view.sdss(folder.parentId()).size();
        };
    }

    private String rangeName(RangeNode range) {
        List<ClusterNode> items = children.items(range);
        if (items.isEmpty()) {
            return Messages.Text_emptyRange;
        }
        return NLS.bind(Messages.Text_rangeName, name(items.getFirst()), name(items.getLast()));
    }

    private static String volumeName(Optional<Volume> volume, String id) {
        return volume.map(v -> orElse(v.name(), v.id())).orElse(id);
    }

    static String sdcName(Sdc sdc) {
        return orElse(ClusterModel.sdcLabel(sdc), sdc.id());
    }

    private static String sdcQualifier(Sdc sdc) {
        boolean named = sdc.name() != null && !sdc.name().isBlank();
        String ip = named && sdc.sdcIp() != null ? sdc.sdcIp() : "";
        if (sdc.isConnected()) {
            return ip;
        }
        return ip.isEmpty() ? Messages.Text_disconnected : NLS.bind(Messages.Text_ipDisconnected, ip);
    }

    private static String deviceName(Device device) {
        return orElse(device.name(), orElse(device.deviceCurrentPathName(), device.id()));
    }

    private static String deviceQualifier(Device device) {
        List<String> parts = new ArrayList<>(2);
        if (device.name() != null && !device.name().isBlank() && device.deviceCurrentPathName() != null) {
            parts.add(device.deviceCurrentPathName());
        }
        Long capacity = device.maxCapacityInKb() != null ? device.maxCapacityInKb() : device.capacityLimitInKb();
        if (capacity != null) {
            parts.add(Units.formatKib(capacity));
        }
        return String.join(", ", parts);
    }

    private static String sdsQualifier(SdsNode node) {
        ClusterModel model = node.model();
        Sds sds = model == null ? null : model.sds(node.id()).orElse(null);
        if (sds == null) {
            return "";
        }
        String devicesText = Formats.count(model.devices(sds.id()).size(), Messages.Word_device, Messages.Word_devices);
        return sds.ipList().isEmpty() ? devicesText : sds.ipList().getFirst().ip() + ", " + devicesText;
    }

    static String orElse(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text;
    }
}
