package io.arrowhead.core.hosts;

import java.util.List;

import io.arrowhead.hosts.ContainerUse;

/**
 * A Docker volume on a host that Arrowhead created over a ScaleIO volume, found by its labels, with the containers
 * (in any state) that use it.
 *
 * @param filesystem the filesystem type option ({@code ext4}, {@code xfs}), or null
 */
public record HostDockerVolume(String name, String systemId, String volumeId, String filesystem,
    List<ContainerUse> containers) {

    public HostDockerVolume {
        containers = containers == null ? List.of() : List.copyOf(containers);
    }

    /** Mounted on the host: a running container uses it (Docker mounts a local volume while a container runs). */
    public boolean mounted() {
        return containers.stream().anyMatch(ContainerUse::running);
    }
}
