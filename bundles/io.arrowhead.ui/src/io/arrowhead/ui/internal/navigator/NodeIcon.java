package io.arrowhead.ui.internal.navigator;

import io.arrowhead.core.ConnectionState;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.scaleio.client.model.VolumeType;
import io.arrowhead.ui.internal.UiImages;
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

/**
 * Which icon a navigator element shows, by {@link UiImages} name: a base icon, an optional overlay and whether it is
 * greyed out. Decided here, without SWT, so the label provider only turns it into an image.
 *
 * @param overlay an overlay icon name, or {@code null}
 */
public record NodeIcon(String base, String overlay, boolean greyed) {

    static NodeIcon of(String base) {
        return new NodeIcon(base, null, false);
    }

    public static NodeIcon of(GatewayConnection connection) {
        String base = connection.isDemo() ? UiImages.GATEWAY_DEMO : UiImages.GATEWAY;
        ConnectionState state = connection.state();
        return new NodeIcon(base, state == ConnectionState.FAILED ? UiImages.OVR_ERROR : null,
            state == ConnectionState.DISCONNECTED);
    }

    public static NodeIcon of(ClusterNode node) {
        return switch (node) {
            case SystemNode s -> of(UiImages.SYSTEM);
            case FolderNode f -> of(UiImages.FOLDER);
            case ProtectionDomainNode d -> of(UiImages.PROTECTION_DOMAIN);
            case PoolNode p -> of(UiImages.STORAGE_POOL);
            case SdsNode s -> of(UiImages.SDS);
            case DeviceNode d -> of(UiImages.DEVICE);
            case RangeNode r -> of(UiImages.RANGE);
            case VolumeNode v -> v.volume().map(NodeIcon::volume).orElse(of(UiImages.VOLUME));
            case MappedVolumeNode m -> m.volume().map(NodeIcon::volume).orElse(of(UiImages.VOLUME));
            case SdcNode s -> s.sdc().filter(sdc -> !sdc.isConnected())
                .map(sdc -> new NodeIcon(UiImages.SDC, UiImages.OVR_DISCONNECTED, false)).orElse(of(UiImages.SDC));
        };
    }

    private static NodeIcon volume(Volume volume) {
        String base = volume.volumeType() == VolumeType.SNAPSHOT ? UiImages.SNAPSHOT
            : volume.volumeType() == VolumeType.THIN_PROVISIONED ? UiImages.VOLUME_THIN : UiImages.VOLUME;
        return new NodeIcon(base, volume.isMapped() ? UiImages.OVR_MAPPED : null, false);
    }
}
