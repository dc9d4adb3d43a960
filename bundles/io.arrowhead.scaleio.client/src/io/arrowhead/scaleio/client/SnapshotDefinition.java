package io.arrowhead.scaleio.client;

import io.arrowhead.scaleio.client.internal.ObjectIds;

/** One volume to snapshot and the name of its snapshot. */
public record SnapshotDefinition(String volumeId, String snapshotName) {

    public SnapshotDefinition {
        volumeId = ObjectIds.require(volumeId, "volume id");
        if (snapshotName == null || snapshotName.isBlank()) {
            throw new IllegalArgumentException("Name the snapshot of volume " + volumeId + ".");
        }
    }
}
