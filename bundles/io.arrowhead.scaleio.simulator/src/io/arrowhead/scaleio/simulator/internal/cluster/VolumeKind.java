package io.arrowhead.scaleio.simulator.internal.cluster;

/** The three {@code volumeType} values, with their wire names. */
public enum VolumeKind {
    THIN("ThinProvisioned"), THICK("ThickProvisioned"), SNAPSHOT("Snapshot");

    private final String wireName;

    VolumeKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
