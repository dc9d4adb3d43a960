package io.arrowhead.scaleio.client.internal;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.arrowhead.scaleio.client.AccessMode;
import io.arrowhead.scaleio.client.RemoveMode;
import io.arrowhead.scaleio.client.SdcRef;
import io.arrowhead.scaleio.client.SnapshotDefinition;
import io.arrowhead.scaleio.client.VolumeRequest;

/**
 * The JSON bodies of the gateway's actions (the statistics queries are in {@link StatisticsRequests}). Every value
 * is a JSON string, numbers included, and booleans are {@code "TRUE"}/{@code "FALSE"} as goscaleio, os-brick and
 * CloudStack send them.
 */
public final class RequestBodies {

    private RequestBodies() {
    }

    public static ObjectNode createVolume(VolumeRequest request) {
        ObjectNode body = Json.newObject().put("storagePoolId", request.storagePoolId());
        putIfPresent(body, "protectionDomainId", request.protectionDomainId());
        putIfPresent(body, "name", request.name());
        if (request.sizeInKb() != null) {
            body.put("volumeSizeInKb", request.sizeInKb().toString());
        } else {
            body.put("volumeSizeInGb", request.sizeInGb().toString());
        }
        return body.put("volumeType", request.type().wireName());
    }

    public static ObjectNode renameVolume(String newName) {
        return Json.newObject().put("newName", requireText(newName, "the new volume name"));
    }

    /** Note the capital "GB" of the wire name. */
    public static ObjectNode volumeSize(long sizeInGib) {
        if (sizeInGib <= 0) {
            throw new IllegalArgumentException("The volume size must be positive, not " + sizeInGib + " GiB.");
        }
        return Json.newObject().put("sizeInGB", Long.toString(sizeInGib));
    }

    public static ObjectNode removeVolume(RemoveMode mode) {
        return Json.newObject().put("removeMode", mode.name());
    }

    public static ObjectNode mapVolume(SdcRef sdc, boolean allowMultipleMappings, AccessMode accessModeOrNull) {
        ObjectNode body = sdcOnly(sdc).put("allowMultipleMappings", flag(allowMultipleMappings));
        if (accessModeOrNull != null) {
            body.put("accessMode", accessModeOrNull.wireName());
        }
        return body;
    }

    public static ObjectNode unmapVolume(SdcRef sdc) {
        return sdcOnly(sdc);
    }

    public static ObjectNode unmapVolumeFromAllSdcs() {
        return Json.newObject().put("allSdcs", flag(true));
    }

    /**
     * 0 means unlimited for both limits. The gateway enforces the rest (IOPS from 11, bandwidth in multiples of
     * 1024), and its message says so better than a guess here would.
     */
    public static ObjectNode mappedSdcLimits(SdcRef sdc, long iopsLimit, long bandwidthLimitInKbps) {
        if (iopsLimit < 0 || bandwidthLimitInKbps < 0) {
            throw new IllegalArgumentException("QoS limits cannot be negative; 0 means unlimited.");
        }
        return sdcOnly(sdc).put("iopsLimit", Long.toString(iopsLimit))
                .put("bandwidthLimitInKbps", Long.toString(bandwidthLimitInKbps));
    }

    public static ObjectNode snapshotVolumes(List<SnapshotDefinition> definitions) {
        if (definitions.isEmpty()) {
            throw new IllegalArgumentException("Name at least one volume to snapshot.");
        }
        ObjectNode body = Json.newObject();
        ArrayNode snapshotDefs = body.putArray("snapshotDefs");
        definitions.forEach(definition -> snapshotDefs.addObject().put("volumeId", definition.volumeId())
                .put("snapshotName", definition.snapshotName()));
        return body;
    }

    public static ObjectNode sdcName(String name) {
        return Json.newObject().put("sdcName", requireText(name, "the SDC name"));
    }

    /** {@code {"name": "..."}} for volumes, {@code {"ip": "..."}} for SDCs. */
    public static ObjectNode queryIdByKey(String key, String value) {
        return Json.newObject().put(requireText(key, "the key"), requireText(value, "the " + key));
    }

    private static ObjectNode sdcOnly(SdcRef sdc) {
        return switch (sdc) {
            case SdcRef.ById byId -> Json.newObject().put("sdcId", byId.sdcId());
            case SdcRef.ByGuid byGuid -> Json.newObject().put("guid", byGuid.guid());
        };
    }

    private static String flag(boolean value) {
        return value ? "TRUE" : "FALSE";
    }

    private static void putIfPresent(ObjectNode body, String field, String value) {
        if (value != null) {
            body.put(field, value);
        }
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Enter " + what + ".");
        }
        return value;
    }
}
