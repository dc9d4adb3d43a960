package io.arrowhead.scaleio.client;

/** One volume to snapshot and the name of its snapshot. */
public record SnapshotDefinition(String volumeId, String snapshotName) {

    public SnapshotDefinition {
        volumeId = ScaleIoIds.requireObjectId(volumeId, "volume id");
        if (snapshotName == null || snapshotName.isBlank()) {
            throw new IllegalArgumentException("Name the snapshot of volume " + volumeId + ".");
        }
    }
}
