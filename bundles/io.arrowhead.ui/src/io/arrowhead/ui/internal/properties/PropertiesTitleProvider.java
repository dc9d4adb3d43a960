package io.arrowhead.ui.internal.properties;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import java.util.EnumSet;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.LabelProviderChangedEvent;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.PlatformUI;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.ConnectionEvent;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.ui.internal.UiImages;
import io.arrowhead.ui.model.ClusterNode;
import io.arrowhead.ui.model.DeviceNode;
import io.arrowhead.ui.model.DockerHostNode;
import io.arrowhead.ui.model.DockerVolumeNode;
import io.arrowhead.ui.model.PoolNode;
import io.arrowhead.ui.model.ProtectionDomainNode;
import io.arrowhead.ui.model.SdcNode;
import io.arrowhead.ui.model.SdsNode;
import io.arrowhead.ui.model.SystemNode;
import io.arrowhead.ui.model.VolumeNode;
import io.arrowhead.ui.internal.Formats;
import io.arrowhead.ui.internal.GatewayNames;
import io.arrowhead.ui.internal.GatewayWatcher;

/**
 * The title of the tabbed property sheet: the kind and name of the selected object, such as "Volume db01", and its
 * gateway while there is more than one. The sheet reads the title only when the selection changes, so the provider
 * tells it to read again whenever a gateway changes, for instance after a rename reloaded the model.
 */
public final class PropertiesTitleProvider extends LabelProvider {

    private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());
    private final GatewayWatcher gateways = GatewayWatcher.startForAny(PlatformUI.getWorkbench().getDisplay(),
        EnumSet.allOf(ConnectionEvent.Kind.class), () -> fireLabelProviderChanged(
            new LabelProviderChangedEvent(this)));

    @Override
    public Image getImage(Object element) {
        Object selected = element instanceof IStructuredSelection selection ? selection.getFirstElement() : element;
        String icon = switch (NodeTypeMapper.propertiesElement(selected)) {
            case GatewayConnection connection -> connection.isDemo() ? UiImages.GATEWAY_DEMO : UiImages.GATEWAY;
            case SystemNode n -> UiImages.SYSTEM;
            case ProtectionDomainNode n -> UiImages.PROTECTION_DOMAIN;
            case PoolNode n -> UiImages.STORAGE_POOL;
            case VolumeNode n -> n.volume().filter(Volume::isSnapshot).isPresent() ? UiImages.SNAPSHOT
                : UiImages.VOLUME;
            case SdcNode n -> UiImages.SDC;
            case SdsNode n -> UiImages.SDS;
            case DeviceNode n -> UiImages.DEVICE;
            case DockerHostNode n -> UiImages.SDS;
            case DockerVolumeNode n -> UiImages.VOLUME;
            case null, default -> null;
        };
        return icon == null ? null : resources.create(UiImages.descriptor(icon));
    }

    @Override
    public String getText(Object element) {
        Object selected = element instanceof IStructuredSelection selection ? selection.getFirstElement() : element;
        if (element instanceof IStructuredSelection selection && selection.size() > 1) {
            return NLS.bind(Messages.Title_items, selection.size());
        }
        Object shown = NodeTypeMapper.propertiesElement(selected);
        if (shown instanceof DockerHostNode node) {
            return NLS.bind(Messages.Title_dockerHost, node.host().name());
        }
        if (shown instanceof DockerVolumeNode node) {
            return NLS.bind(Messages.Title_dockerVolume, node.dockerVolumeName(), node.host().name());
        }
        if (shown instanceof GatewayConnection connection) {
            return NLS.bind(Messages.Title_gateway, connection.name());
        }
        if (shown instanceof ClusterNode node && node.model() instanceof ClusterModel model) {
            String title = title(node, model);
            if (title != null) {
                return GatewayNames.needed() ? NLS.bind(Messages.Title_onGateway, title, node.connection().name())
                    : title;
            }
        }
        return "";
    }

    @Override
    public void dispose() {
        gateways.stop();
        resources.dispose();
        super.dispose();
    }

    private static String title(ClusterNode node, ClusterModel model) {
        return switch (node) {
            case SystemNode n -> NLS.bind(Messages.Title_system, Formats.text(model.system().name()));
            case ProtectionDomainNode n -> model.protectionDomain(n.id())
                .map(pd -> NLS.bind(Messages.Title_protectionDomain, pd.name()))
                .orElse(null);
            case PoolNode n -> model.pool(n.id()).map(pool -> NLS.bind(Messages.Title_pool, pool.name())).orElse(null);
            case VolumeNode n -> model.volume(n.id())
                .map(v -> NLS.bind(v.isSnapshot() ? Messages.Title_snapshot : Messages.Title_volume,
                    v.name())).orElse(null);
            case SdcNode n -> model.sdc(n.id()).map(sdc -> NLS.bind(Messages.Title_sdc,
                Formats.text(ClusterModel.sdcLabel(sdc))))
                .orElse(null);
            case SdsNode n -> model.sds(n.id()).map(sds -> NLS.bind(Messages.Title_sds, sds.name())).orElse(null);
            case DeviceNode n -> model.device(n.id()).map(device -> NLS.bind(Messages.Title_device,
                device.name())).orElse(null);
            default -> null;
        };
    }
}
