package io.arrowhead.ui.internal.navigator;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.hosts.HostDockerVolume;
import io.arrowhead.core.hosts.HostInventory;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.ui.model.ContainerNode;
import io.arrowhead.ui.model.DockerHostNode;
import io.arrowhead.ui.model.DockerHostsRootNode;
import io.arrowhead.ui.model.DockerVolumeNode;
import io.arrowhead.ui.model.OtherDockerVolumesNode;

/**
 * The Docker Hosts node beside Gateways, the hosts under it, each host's ScaleIO-backed Docker volumes with the
 * containers that use them, and a group of its other Docker volumes. Everything comes from the hosts' last
 * inventories; a {@link HostsTreeRefresher} brings the tree along when they change.
 */
public final class DockerHostsContentProvider implements ITreeContentProvider {

    private static final Object[] NONE = new Object[0];

    private HostsTreeRefresher refresher;

    @Override
    public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
        if (refresher == null && newInput != null && viewer instanceof StructuredViewer structured) {
            refresher = HostsTreeRefresher.attach(structured);
        }
    }

    @Override
    public Object[] getElements(Object input) {
        return getChildren(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        return switch (parent) {
            case NavigatorRoot root -> new Object[] {DockerHostsRootNode.INSTANCE};
            case DockerHostsRootNode root -> ArrowheadCore.hosts().all().stream().map(DockerHostNode::new).toArray();
            case DockerHostNode node -> hostChildren(node.host());
            case DockerVolumeNode node -> HostText.dockerVolume(node.host(), node.dockerVolumeName())
                .map(volume -> volume.containers().stream()
                    .map(c -> new ContainerNode(node.host(), node.dockerVolumeName(), c.id())).toArray())
                .orElse(NONE);
            case OtherDockerVolumesNode node -> inventory(node.host()).otherVolumes().toArray();
            case null, default -> NONE;
        };
    }

    @Override
    public Object getParent(Object element) {
        return switch (element) {
            case DockerHostsRootNode root -> NavigatorRoot.INSTANCE;
            case DockerHostNode node -> DockerHostsRootNode.INSTANCE;
            case DockerVolumeNode node -> new DockerHostNode(node.host());
            case ContainerNode node -> new DockerVolumeNode(node.host(), node.dockerVolumeName());
            case OtherDockerVolumesNode node -> new DockerHostNode(node.host());
            case null, default -> null;
        };
    }

    @Override
    public boolean hasChildren(Object element) {
        return getChildren(element).length > 0;
    }

    @Override
    public void dispose() {
        if (refresher != null) {
            refresher.detach();
            refresher = null;
        }
    }

    private static Object[] hostChildren(ManagedHost host) {
        HostInventory inventory = inventory(host);
        List<Object> children = new ArrayList<>();
        for (HostDockerVolume volume : inventory.scaleIoVolumes()) {
            children.add(new DockerVolumeNode(host, volume.name()));
        }
        if (!inventory.otherVolumes().isEmpty()) {
            children.add(new OtherDockerVolumesNode(host));
        }
        return children.toArray();
    }

    private static HostInventory inventory(ManagedHost host) {
        return ArrowheadCore.hostInventories().current(host);
    }
}
