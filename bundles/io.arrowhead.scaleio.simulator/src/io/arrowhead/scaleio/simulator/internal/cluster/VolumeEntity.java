package io.arrowhead.scaleio.simulator.internal.cluster;

import java.util.ArrayList;
import java.util.List;

/** A base volume or a snapshot. */
public final class VolumeEntity extends KeptJson {

    public final String id;
    public String name;
    public final String storagePoolId;
    public final String vtreeId;
    public final VolumeKind kind;
    /** Always a multiple of 8 GiB. */
    public long sizeInKb;
    /** Epoch seconds. */
    public final long creationTime;
    /** The volume a snapshot was taken of; null for base volumes. */
    public final String ancestorVolumeId;
    /** The snapshot group of a snapshot; null for base volumes. */
    public final String consistencyGroupId;
    /** {@code ReadWrite}, or {@code ReadOnly} for snapshots by default. */
    public String accessModeLimit;
    /**
     * Net KiB written so far (one copy). Thick volumes occupy their whole size whatever this says; thin volumes
     * and snapshots occupy this much.
     */
    public long writtenKb;
    public final List<MappingEntity> mappings = new ArrayList<>();

    public VolumeEntity(String id, String name, String storagePoolId, String vtreeId, VolumeKind kind, long sizeInKb,
            long creationTime, String ancestorVolumeId, String consistencyGroupId) {
        this.id = id;
        this.name = name;
        this.storagePoolId = storagePoolId;
        this.vtreeId = vtreeId;
        this.kind = kind;
        this.sizeInKb = sizeInKb;
        this.creationTime = creationTime;
        this.ancestorVolumeId = ancestorVolumeId;
        this.consistencyGroupId = consistencyGroupId;
        this.accessModeLimit = kind == VolumeKind.SNAPSHOT ? "ReadOnly" : "ReadWrite";
    }

    public MappingEntity mappingOf(String sdcId) {
        for (MappingEntity mapping : mappings) {
            if (mapping.sdcId.equals(sdcId)) {
                return mapping;
            }
        }
        return null;
    }
}
