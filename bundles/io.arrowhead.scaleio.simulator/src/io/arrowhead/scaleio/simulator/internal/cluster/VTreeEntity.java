package io.arrowhead.scaleio.simulator.internal.cluster;

/** The tree of a base volume and its snapshots; it lives as long as any member does. */
public final class VTreeEntity extends KeptJson {

    public final String id;
    /** The base volume, which may already be removed while snapshots remain. */
    public final String baseVolumeId;
    public final String storagePoolId;

    public VTreeEntity(String id, String baseVolumeId, String storagePoolId) {
        this.id = id;
        this.baseVolumeId = baseVolumeId;
        this.storagePoolId = storagePoolId;
    }
}
