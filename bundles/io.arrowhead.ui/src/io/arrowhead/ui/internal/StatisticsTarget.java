package io.arrowhead.ui.internal;

import org.eclipse.osgi.util.NLS;

import java.util.Optional;

import io.arrowhead.core.GatewayConnection;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.model.VolumeType;
import io.arrowhead.ui.model.DeviceNode;
import io.arrowhead.ui.model.PoolNode;
import io.arrowhead.ui.model.ProtectionDomainNode;
import io.arrowhead.ui.model.SdcNode;
import io.arrowhead.ui.model.SdsNode;
import io.arrowhead.ui.model.SystemNode;
import io.arrowhead.ui.model.VolumeNode;

/** The gateway object whose statistics a section shows; {@code what} names it in the job's title. */
public record StatisticsTarget(GatewayConnection connection, ObjectType<?> type, String id, String what) {

    /** The statistics object of a navigator element, if it has one. */
    public static Optional<StatisticsTarget> of(Object element) {
        StatisticsTarget target = switch (element) {
            case SystemNode n -> new StatisticsTarget(n.connection(), ObjectType.SYSTEM, n.id(),
                Messages.Target_system);
            case ProtectionDomainNode n -> new StatisticsTarget(n.connection(), ObjectType.PROTECTION_DOMAIN, n.id(),
                NLS.bind(Messages.Target_domain, n.protectionDomain().map(pd -> pd.name()).orElse(n.id())));
            case PoolNode n -> new StatisticsTarget(n.connection(), ObjectType.STORAGE_POOL, n.id(),
                NLS.bind(Messages.Target_pool, n.pool().map(pool -> pool.name()).orElse(n.id())));
            case VolumeNode n -> new StatisticsTarget(n.connection(), ObjectType.VOLUME, n.id(),
                NLS.bind(Messages.Target_volume, n.volume().map(volume -> volume.name()).orElse(n.id())));
            case SdcNode n -> new StatisticsTarget(n.connection(), ObjectType.SDC, n.id(),
                NLS.bind(Messages.Target_sdc, n.id()));
            case SdsNode n -> new StatisticsTarget(n.connection(), ObjectType.SDS, n.id(),
                NLS.bind(Messages.Target_sds, n.sds().map(sds -> sds.name()).orElse(n.id())));
            case DeviceNode n -> new StatisticsTarget(n.connection(), ObjectType.DEVICE, n.id(),
                NLS.bind(Messages.Target_device, n.device().map(device -> device.name()).orElse(n.id())));
            case null, default -> null;
        };
        return Optional.ofNullable(target);
    }

    /** The VTree of a thin volume, whose statistics tell how much of the volume holds data. */
    public static Optional<StatisticsTarget> ofThinVolume(VolumeNode node) {
        return node.volume().filter(volume -> volume.volumeType() == VolumeType.THIN_PROVISIONED)
            .filter(volume -> volume.vtreeId() != null)
            .map(volume -> new StatisticsTarget(node.connection(), ObjectType.VTREE, volume.vtreeId(),
                NLS.bind(Messages.Target_volume, volume.name())));
    }

    /** Whether both name the same object; the label may differ after a rename. */
    public boolean sameObject(StatisticsTarget other) {
        return other != null && connection == other.connection && type == other.type && id.equals(other.id);
    }
}
