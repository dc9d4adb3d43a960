package io.arrowhead.scaleio.simulator.internal.cluster;

import java.util.ArrayList;
import java.util.List;

import io.arrowhead.scaleio.simulator.internal.api.ApiResponse;

/** Creating, renaming and resizing volumes. Callers hold the write lock; every check runs before any change. */
final class VolumeActions {

    private final ClusterContext context;
    private final CapacityCheck capacity;

    VolumeActions(ClusterContext context) {
        this.context = context;
        this.capacity = new CapacityCheck(context);
    }

    /** {@code POST /api/types/Volume/instances} → {@code {"id":..}}. */
    ApiResponse create(RequestBody body) {
        boolean inKb = body.has("volumeSizeInKb");
        boolean inGb = body.has("volumeSizeInGb");
        List<String> missing = new ArrayList<>();
        if (!body.has("storagePoolId")) {
            missing.add("storagePoolId");
        }
        if (!inKb && !inGb) {
            missing.add("volumeSizeInKb");
        }
        if (!missing.isEmpty()) {
            throw GatewayErrors.missingParameters(missing.toArray(String[]::new));
        }
        if (inKb && inGb) {
            throw GatewayErrors.invalid("Only one of volumeSizeInKb and volumeSizeInGb may be given.");
        }
        String name = body.text("name");
        if (name != null) {
            Validation.name(name);
        }
        VolumeKind kind = kindOf(body.text("volumeType"));
        StoragePoolEntity pool = context.lookup.storagePool(ClusterLookup.checkedId(body.text("storagePoolId")));
        if (body.has("protectionDomainId")) {
            ProtectionDomainEntity domain = context.lookup
                    .protectionDomain(ClusterLookup.checkedId(body.text("protectionDomainId")));
            if (!domain.id.equals(pool.protectionDomainId)) {
                throw GatewayErrors.poolNotInProtectionDomain();
            }
        }
        long sizeKb = inKb
                ? Validation.roundedSizeKb(Validation.positive("volumeSizeInKb", body.number("volumeSizeInKb")))
                : Validation.roundedSizeKbFromGb(Validation.positive("volumeSizeInGb", body.number("volumeSizeInGb")));
        if (name != null && context.lookup.volumeNameInUse(name)) {
            throw GatewayErrors.volumeNameInUse();
        }
        capacity.ensureRoom(pool, kind, sizeKb);

        String volumeId = context.ids.next(WireType.VOLUME.wireName());
        String vtreeId = context.ids.next(WireType.VTREE.wireName());
        VolumeEntity volume = new VolumeEntity(volumeId, name == null ? generatedName(volumeId) : name, pool.id,
                vtreeId, kind, sizeKb, context.nowEpochSeconds(), null, null);
        context.state.vtrees.put(vtreeId, new VTreeEntity(vtreeId, volumeId, pool.id));
        context.state.volumes.put(volumeId, volume);
        context.files.created(volumeId);
        return JsonRenderer.ok(json -> {
            json.writeStartObject();
            json.writeStringField("id", volumeId);
            json.writeEndObject();
        });
    }

    /** {@code setVolumeName {"newName"}}; 99 when another volume has the name. */
    ApiResponse rename(VolumeEntity volume, RequestBody body) {
        String newName = Validation.name(body.required("newName"));
        if (!newName.equals(volume.name)) {
            if (context.lookup.volumeNameInUse(newName)) {
                throw GatewayErrors.volumeNameInUse();
            }
            volume.name = newName;
        }
        return ApiResponse.emptyObject();
    }

    /**
     * {@code setVolumeSize {"sizeInGB"}}: grow only (133 on shrink; the same size is fine). [open] A size off the
     * 8 GiB grid rounds up as creation does, rather than failing with VOL_SIZE_ILLEGAL.
     */
    ApiResponse resize(VolumeEntity volume, RequestBody body) {
        long sizeKb = Validation.roundedSizeKbFromGb(Validation.positive("sizeInGB", body.number("sizeInGB")));
        if (sizeKb < volume.sizeInKb) {
            throw GatewayErrors.decreaseNotSupported();
        }
        if (sizeKb > volume.sizeInKb) {
            capacity.ensureRoom(context.state.storagePools.get(volume.storagePoolId), volume.kind,
                    sizeKb - volume.sizeInKb);
            volume.sizeInKb = sizeKb;
            context.files.grown(volume.id, sizeKb);
        }
        return ApiResponse.emptyObject();
    }

    /** [open] No volumeType means thin, the default of REX-Ray and the scli. */
    private static VolumeKind kindOf(String volumeType) {
        if (volumeType == null || VolumeKind.THIN.wireName().equals(volumeType)) {
            return VolumeKind.THIN;
        }
        if (VolumeKind.THICK.wireName().equals(volumeType)) {
            return VolumeKind.THICK;
        }
        throw GatewayErrors.notOneOf("volumeType", "ThickProvisioned, ThinProvisioned", volumeType);
    }

    /** [open] An unnamed volume gets a unique generated name rather than null, so name look-ups keep working. */
    private String generatedName(String volumeId) {
        return context.lookup.unusedVolumeName("vol-" + volumeId);
    }
}
