package io.arrowhead.scaleio.simulator.internal.cluster;

import java.util.function.BiFunction;
import java.util.function.Supplier;

import io.arrowhead.scaleio.simulator.internal.api.ApiResponse;

/**
 * Resolves a POST action to its handler. The action name is checked at once (404 when unknown); the returned
 * supplier looks the object up and acts, and runs under the write lock.
 */
final class ActionRoutes {

    private final ClusterLookup lookup;
    private final EntityJson json;
    private final VolumeActions volumes;
    private final VolumeRemoval removal;
    private final MappingActions mappings;
    private final SystemActions system;
    private final SdcActions sdcs;

    ActionRoutes(ClusterContext context) {
        this.lookup = context.lookup;
        this.json = context.json;
        this.volumes = new VolumeActions(context);
        this.removal = new VolumeRemoval(context.state, context.files);
        this.mappings = new MappingActions(context);
        this.system = new SystemActions(context);
        this.sdcs = new SdcActions(context);
    }

    Supplier<ApiResponse> create(RequestBody body) {
        return () -> volumes.create(body);
    }

    /** {@code POST /api/instances/{Type}::{id}/action/{action}}. */
    Supplier<ApiResponse> instanceAction(WireType type, String id, String action, RequestBody body,
            GatewayRouter.Call call) {
        return switch (type) {
            case VOLUME -> {
                BiFunction<VolumeEntity, RequestBody, ApiResponse> handler = volumeAction(action, call);
                yield () -> {
                    VolumeEntity volume = lookup.volume(ClusterLookup.checkedId(id));
                    try {
                        return handler.apply(volume, body);
                    } finally {
                        json.forget(volume); // any volume action may change it, even a refused one
                    }
                };
            }
            case SDC -> {
                if (!action.equals("setSdcName")) {
                    throw call.unknown();
                }
                yield () -> sdcs.rename(lookup.sdc(ClusterLookup.checkedId(id)), body);
            }
            case SYSTEM -> systemAction(action, id, body, call);
            default -> throw call.unknown();
        };
    }

    /** System actions; {@code systemId} is null on the id-less path Cinder, siolib and CloudStack use. */
    Supplier<ApiResponse> systemAction(String action, String systemId, RequestBody body, GatewayRouter.Call call) {
        if (!action.equals("snapshotVolumes")) {
            throw call.unknown();
        }
        return () -> {
            if (systemId != null) {
                lookup.require(WireType.SYSTEM, ClusterLookup.checkedId(systemId));
            }
            return system.snapshotVolumes(body);
        };
    }

    private BiFunction<VolumeEntity, RequestBody, ApiResponse> volumeAction(String action, GatewayRouter.Call call) {
        return switch (action) {
            case "setVolumeName" -> volumes::rename;
            case "setVolumeSize" -> volumes::resize;
            case "removeVolume" -> removal::remove;
            case "addMappedSdc" -> mappings::add;
            case "removeMappedSdc" -> mappings::remove;
            case "setMappedSdcLimits" -> mappings::setLimits;
            case "setVolumeAccessModeLimit" -> mappings::setAccessModeLimit;
            case "setVolumeMappingAccessMode" -> mappings::setMappingAccessMode;
            default -> throw call.unknown();
        };
    }
}
