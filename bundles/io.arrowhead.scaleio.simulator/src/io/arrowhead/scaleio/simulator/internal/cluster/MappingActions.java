package io.arrowhead.scaleio.simulator.internal.cluster;

import io.arrowhead.scaleio.simulator.internal.api.ApiResponse;

/**
 * Volume-to-SDC mappings, their QoS limits and access modes. SDCs are named by {@code sdcId} or by {@code guid}
 * (os-brick). Callers hold the write lock; every check runs before any change.
 */
final class MappingActions {

    private final ClusterLookup lookup;
    private final ClusterState state;

    MappingActions(ClusterContext context) {
        this.lookup = context.lookup;
        this.state = context.state;
    }

    /** {@code addMappedSdc}: 81 when already mapped to the SDC, 306 when mapped elsewhere without multi-mapping. */
    ApiResponse add(VolumeEntity volume, RequestBody body) {
        boolean allowMultiple = body.flag("allowMultipleMappings", false);
        boolean allSdcs = body.flag("allSdcs", false);
        String mode = body.has("accessMode")
                ? Validation.withinLimit(Validation.accessMode(body.text("accessMode")), volume.accessModeLimit)
                : volume.accessModeLimit;
        if (allSdcs) {
            // [open] Legacy "map to all SDCs": modelled as one mapping per SDC known now, not as a standing rule.
            for (SdcEntity sdc : state.sdcs.values()) {
                if (volume.mappingOf(sdc.id) == null) {
                    volume.mappings.add(new MappingEntity(sdc.id, mode));
                }
            }
            return ApiResponse.emptyObject();
        }
        SdcEntity sdc = sdcOf(body);
        if (volume.mappingOf(sdc.id) != null) {
            throw GatewayErrors.alreadyMappedToThisSdc();
        }
        if (!volume.mappings.isEmpty() && !allowMultiple) {
            throw GatewayErrors.singleMappingOnly();
        }
        volume.mappings.add(new MappingEntity(sdc.id, mode));
        return ApiResponse.emptyObject();
    }

    /**
     * {@code removeMappedSdc}: one SDC (84 when it is not mapped) or, with {@code allSdcs}, all of them.
     * REX-Ray's {@code ignoreScsiInitiators} and CloudStack's {@code skipApplianceValidation} change nothing here.
     */
    ApiResponse remove(VolumeEntity volume, RequestBody body) {
        if (body.flag("allSdcs", false)) {
            volume.mappings.clear(); // [open] a no-op, not 84, on an unmapped volume: force-detach must not fail
            return ApiResponse.emptyObject();
        }
        volume.mappings.remove(mappingOf(volume, sdcOf(body)));
        return ApiResponse.emptyObject();
    }

    /** {@code setMappedSdcLimits}: IOPS 0 or ≥ 11, bandwidth 0 or a multiple of 1024 Kbps; either may be omitted. */
    ApiResponse setLimits(VolumeEntity volume, RequestBody body) {
        boolean hasIops = body.has("iopsLimit");
        boolean hasBandwidth = body.has("bandwidthLimitInKbps");
        if (!hasIops && !hasBandwidth) {
            throw GatewayErrors.missingParameters("iopsLimit", "bandwidthLimitInKbps");
        }
        long iops = hasIops ? Validation.iopsLimit(body.number("iopsLimit")) : 0;
        long kbps = hasBandwidth ? Validation.bandwidthLimitInKbps(body.number("bandwidthLimitInKbps")) : 0;
        MappingEntity mapping = mappingOf(volume, sdcOf(body));
        if (hasIops) {
            mapping.iopsLimit = iops;
        }
        if (hasBandwidth) {
            mapping.bandwidthLimitInKbps = kbps;
        }
        return ApiResponse.emptyObject();
    }

    /** {@code setVolumeAccessModeLimit}: [open] lowering it to ReadOnly also lowers ReadWrite mappings. */
    ApiResponse setAccessModeLimit(VolumeEntity volume, RequestBody body) {
        String limit = Validation.accessModeLimit(body.required("accessModeLimit"));
        volume.accessModeLimit = limit;
        if (Validation.READ_ONLY.equals(limit)) {
            for (MappingEntity mapping : volume.mappings) {
                if (Validation.READ_WRITE.equals(mapping.accessMode)) {
                    mapping.accessMode = Validation.READ_ONLY;
                }
            }
        }
        return ApiResponse.emptyObject();
    }

    /** {@code setVolumeMappingAccessMode}: the mode of one existing mapping, within the volume's limit. */
    ApiResponse setMappingAccessMode(VolumeEntity volume, RequestBody body) {
        String mode = Validation.withinLimit(Validation.accessMode(body.required("accessMode")),
                volume.accessModeLimit);
        mappingOf(volume, sdcOf(body)).accessMode = mode;
        return ApiResponse.emptyObject();
    }

    private SdcEntity sdcOf(RequestBody body) {
        if (body.has("sdcId")) {
            return lookup.sdc(ClusterLookup.checkedId(body.text("sdcId")));
        }
        if (body.has("guid")) {
            SdcEntity sdc = lookup.sdcByGuid(body.text("guid"));
            if (sdc == null) {
                throw GatewayErrors.sdcNotFound();
            }
            return sdc;
        }
        throw GatewayErrors.missingParameters("sdcId");
    }

    private static MappingEntity mappingOf(VolumeEntity volume, SdcEntity sdc) {
        MappingEntity mapping = volume.mappingOf(sdc.id);
        if (mapping == null) {
            throw GatewayErrors.notMappedToSdc();
        }
        return mapping;
    }
}
