package io.arrowhead.core.hosts;

import java.util.List;

/**
 * What a host operation worked on: the ScaleIO volume (name and id; the name may be unknown), the Docker volume, the
 * hosts by name (source first for a move) and the gateway by name.
 */
public record OperationSubject(String volumeName, String volumeId, String dockerVolume, List<String> hosts,
    String gateway) {

    public OperationSubject {
        hosts = hosts == null ? List.of() : List.copyOf(hosts);
    }

    /** The volume as an operator names it: {@code name (id)}, or the id alone. */
    public String volumeLabel() {
        if (volumeName == null || volumeName.isBlank()) {
            return volumeId == null ? "?" : volumeId;
        }
        return volumeId == null ? volumeName : volumeName + " (" + volumeId + ")";
    }
}
