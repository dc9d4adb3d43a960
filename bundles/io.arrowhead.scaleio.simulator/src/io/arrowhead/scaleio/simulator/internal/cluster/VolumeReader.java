package io.arrowhead.scaleio.simulator.internal.cluster;

import java.io.IOException;

/** Restores one saved volume with its mappings, checking that its pool, VTree and SDCs exist. */
final class VolumeReader {

    private VolumeReader() {
    }

    static VolumeEntity volume(Saved saved, ClusterState state) throws IOException {
        VolumeKind kind;
        try {
            kind = VolumeKind.valueOf(saved.text("kind"));
        } catch (IllegalArgumentException e) {
            throw saved.problem("kind", "unknown volume kind " + saved.text("kind"));
        }
        VolumeEntity volume = new VolumeEntity(saved.id("id"), saved.text("name"),
                saved.reference("storagePoolId", state.storagePools), saved.reference("vtreeId", state.vtrees), kind,
                saved.number("sizeInKb"), saved.number("creationTime"), saved.optionalId("ancestorVolumeId"),
                saved.optionalId("consistencyGroupId"));
        volume.accessModeLimit = saved.text("accessModeLimit");
        volume.writtenKb = saved.number("writtenKb");
        for (Saved mapping : Saved.list(saved.node(), "mappings", saved.where() + ".mappings")) {
            MappingEntity entity = new MappingEntity(mapping.reference("sdcId", state.sdcs),
                    mapping.text("accessMode"));
            entity.iopsLimit = mapping.number("iopsLimit");
            entity.bandwidthLimitInKbps = mapping.number("bandwidthLimitInKbps");
            volume.mappings.add(entity);
        }
        return volume;
    }
}
