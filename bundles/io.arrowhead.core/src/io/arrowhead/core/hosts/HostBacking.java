package io.arrowhead.core.hosts;

/** Where a ScaleIO volume backs a Docker volume: the host and the Docker volume's name there. */
public record HostBacking(ManagedHost host, String dockerVolumeName) {

    /** {@code docker-01:pgdata}, as the storage side shows it. */
    public String label() {
        return host.name() + ":" + dockerVolumeName;
    }
}
