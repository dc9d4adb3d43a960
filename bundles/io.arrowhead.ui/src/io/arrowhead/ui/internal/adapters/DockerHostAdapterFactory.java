package io.arrowhead.ui.internal.adapters;

import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.ui.model.ContainerNode;
import io.arrowhead.ui.model.DockerHostNode;
import io.arrowhead.ui.model.DockerVolumeNode;
import io.arrowhead.ui.model.OtherDockerVolumesNode;

/** Every node of the Docker host side adapts to its host, so that host commands (refresh, edit) apply to it. */
public final class DockerHostAdapterFactory extends NodeFamilyAdapterFactory {

    public DockerHostAdapterFactory() {
        super(ManagedHost.class);
    }

    @Override
    protected Object adapt(Object adaptable, Class<?> adapterType) {
        return switch (adaptable) {
            case DockerHostNode node -> node.host();
            case DockerVolumeNode node -> node.host();
            case ContainerNode node -> node.host();
            case OtherDockerVolumesNode node -> node.host();
            case null, default -> null;
        };
    }
}
