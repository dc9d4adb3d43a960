package io.arrowhead.scaleio.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer to {@code snapshotVolumes}: the new snapshot group (the snapshots' {@code consistencyGroupId}) and
 * the ids of the new snapshot volumes, in the order of the definitions.
 */
public record SnapshotGroup(String snapshotGroupId, @JsonProperty("volumeIdList") List<String> volumeIds) {

    public SnapshotGroup {
        volumeIds = volumeIds == null ? List.of() : List.copyOf(volumeIds);
    }
}
