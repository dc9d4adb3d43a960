package io.arrowhead.scaleio.simulator.internal.cluster;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.arrowhead.scaleio.simulator.internal.api.ApiResponse;

/**
 * Look-ups by key: {@code queryIdByKey} and {@code queryBySelectedIds}, plus the legacy {@code getByName} and
 * {@code getByIp} GETs Cinder and os-brick still use. Ids come back as quoted JSON strings; unknown keys answer
 * 500/3 "Not found".
 */
final class QueryHandlers {

    private final ClusterContext context;

    QueryHandlers(ClusterContext context) {
        this.context = context;
    }

    /** {@code {"name":..}} for any named type; the Sdc form takes {@code {"ip":..}} (or a name). */
    ApiResponse queryIdByKey(WireType type, RequestBody body) {
        if (type == WireType.SDC && !body.has("name")) {
            return JsonRenderer.quoted(sdcByIp(body.required("ip")).id);
        }
        String name = body.required("name");
        if (type == WireType.STORAGE_POOL && body.has("protectionDomainId")) {
            return JsonRenderer.quoted(poolId(ClusterLookup.checkedId(body.text("protectionDomainId")), name));
        }
        return idByName(type, name);
    }

    /** {@code {"ids":[..]}} → the objects, in the order asked; an unknown id fails the whole call. */
    ApiResponse queryBySelectedIds(WireType type, RequestBody body) {
        List<JsonNode> ids = body.array("ids");
        if (ids == null) {
            throw GatewayErrors.missingParameters("ids");
        }
        List<Object> found = new ArrayList<>(ids.size());
        for (JsonNode id : ids) {
            found.add(context.lookup.require(type, ClusterLookup.checkedId(id.asText())));
        }
        return context.json.list(type, found);
    }

    /**
     * {@code GET /api/types/{Volume|Domain|Pool|Client}/instances/getBy{Name|Ip}::<key>}. Cinder URL-encodes the
     * name twice; the transport undoes one encoding, this method the other.
     */
    ApiResponse legacy(String legacyType, String method, String rawKey, String path) {
        String key = decoded(rawKey);
        return switch (legacyType + "/" + method) {
            case "Volume/getByName" -> idByName(WireType.VOLUME, key);
            case "Domain/getByName" -> idByName(WireType.PROTECTION_DOMAIN, key);
            case "Pool/getByName" -> poolByDomainAndName(key);
            case "Client/getByIp" -> JsonRenderer.quoted(sdcByIp(key).id);
            default -> throw GatewayErrors.noSuchResource("GET", path);
        };
    }

    /** Percent-decoding only: a '+' in a name is a plus, not a space. */
    private static String decoded(String rawKey) {
        try {
            return URLDecoder.decode(rawKey.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw GatewayErrors.invalid("Malformed URL encoding in " + rawKey + ".");
        }
    }

    private ApiResponse idByName(WireType type, String name) {
        for (Object candidate : context.lookup.all(type)) {
            if (name.equals(nameOf(candidate))) {
                return JsonRenderer.quoted(idOf(candidate));
            }
        }
        throw GatewayErrors.notFound();
    }

    /** Key {@code <protectionDomainId>,<poolName>}. */
    private ApiResponse poolByDomainAndName(String key) {
        int comma = key.indexOf(',');
        if (comma < 0) {
            throw GatewayErrors.invalid("Expected <protectionDomainId>,<name> but got " + key + ".");
        }
        String domainId = ClusterLookup.checkedId(key.substring(0, comma));
        return JsonRenderer.quoted(poolId(domainId, key.substring(comma + 1)));
    }

    private String poolId(String domainId, String name) {
        for (StoragePoolEntity pool : context.state.storagePools.values()) {
            if (pool.protectionDomainId.equals(domainId) && pool.name.equals(name)) {
                return pool.id;
            }
        }
        throw GatewayErrors.notFound();
    }

    private SdcEntity sdcByIp(String ip) {
        for (SdcEntity sdc : context.state.sdcs.values()) {
            if (ip.equals(sdc.ip)) {
                return sdc;
            }
        }
        throw GatewayErrors.notFound();
    }

    private static String nameOf(Object entity) {
        return switch (entity) {
            case SystemEntity system -> system.name;
            case ProtectionDomainEntity domain -> domain.name;
            case StoragePoolEntity pool -> pool.name;
            case SdsEntity sds -> sds.name;
            case DeviceEntity device -> device.name;
            case VolumeEntity volume -> volume.name;
            case SdcEntity sdc -> sdc.name;
            case FaultSetEntity faultSet -> faultSet.name;
            default -> null; // VTrees have no names
        };
    }

    private static String idOf(Object entity) {
        return switch (entity) {
            case SystemEntity system -> system.id;
            case ProtectionDomainEntity domain -> domain.id;
            case StoragePoolEntity pool -> pool.id;
            case SdsEntity sds -> sds.id;
            case DeviceEntity device -> device.id;
            case VolumeEntity volume -> volume.id;
            case SdcEntity sdc -> sdc.id;
            case FaultSetEntity faultSet -> faultSet.id;
            case VTreeEntity vtree -> vtree.id;
            default -> throw new IllegalArgumentException("Not a cluster object: " + entity);
        };
    }
}
