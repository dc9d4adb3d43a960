package io.arrowhead.core.hosts;

import java.time.Instant;
import java.util.List;

import io.arrowhead.hosts.DockerVolume;
import io.arrowhead.hosts.HostProbe;

/**
 * What the console last learned of a Docker host. A host that stops answering keeps the volumes and probe of its last
 * good check, with the new state and problem, so the tree can show what was there.
 *
 * @param problem why the state is not {@link HostState#CONNECTED}, a sentence; null when connected or unknown
 * @param probe the host's OS, kernel, Docker version and SDC GUID; null until a check reached the host
 * @param sdc the host's SDC as a connected gateway knows it; null when not matched
 * @param scaleIoVolumes the Docker volumes Arrowhead created over ScaleIO volumes
 * @param otherVolumes the host's other Docker volumes, shown read-only
 * @param checkedAt when the last check ended; null before the first
 */
public record HostInventory(ManagedHost host, HostState state, String problem, HostProbe probe, SdcMatch sdc,
    List<HostDockerVolume> scaleIoVolumes, List<DockerVolume> otherVolumes, Instant checkedAt) {

    public HostInventory {
        scaleIoVolumes = scaleIoVolumes == null ? List.of() : List.copyOf(scaleIoVolumes);
        otherVolumes = otherVolumes == null ? List.of() : List.copyOf(otherVolumes);
    }

    /** A host the console has not checked yet. */
    public static HostInventory unknown(ManagedHost host) {
        return new HostInventory(host, HostState.UNKNOWN, null, null, null, List.of(), List.of(), null);
    }
}
