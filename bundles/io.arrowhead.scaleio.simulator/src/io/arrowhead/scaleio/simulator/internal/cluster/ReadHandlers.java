package io.arrowhead.scaleio.simulator.internal.cluster;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;

import io.arrowhead.scaleio.simulator.internal.api.ApiResponse;

/** The GET endpoints over objects: lists, single objects, relationships and the whole-system snapshot. */
final class ReadHandlers {

    /** Type and list key of {@code GET /api/instances}, in the order real gateways write them. */
    private static final List<WireType> SNAPSHOT_LISTS = List.of(WireType.PROTECTION_DOMAIN, WireType.STORAGE_POOL,
            WireType.SDS, WireType.DEVICE, WireType.FAULT_SET, WireType.SDC, WireType.VOLUME, WireType.VTREE,
            WireType.RFCACHE_DEVICE);

    private final ClusterContext context;

    ReadHandlers(ClusterContext context) {
        this.context = context;
    }

    ApiResponse list(WireType type) {
        return context.json.list(type, context.lookup.all(type));
    }

    ApiResponse instance(WireType type, String id) {
        return context.json.one(type, context.lookup.require(type, ClusterLookup.checkedId(id)));
    }

    ApiResponse relationship(WireType type, String rawId, String related, String path) {
        String id = ClusterLookup.checkedId(rawId);
        context.lookup.require(type, id);
        if ("Statistics".equals(related)) {
            return context.statistics.statisticsOf(type.wireName(), id);
        }
        Relationships.Related objects = Relationships.of(context.state, type, id, related);
        if (objects == null) {
            throw GatewayErrors.noSuchResource("GET", path);
        }
        return context.json.list(objects.type(), objects.objects());
    }

    /**
     * {@code GET /api/instances}: everything at once, as netdata polls it. The lists are joined from each object's
     * kept JSON; only the System and the closing counters are rendered now.
     */
    ApiResponse wholeSystem() {
        JsonBytes body = new JsonBytes().ascii("{\"System\":")
                .raw(context.json.json(WireType.SYSTEM, context.state.system));
        for (WireType type : SNAPSHOT_LISTS) {
            context.json.array(body.ascii(",\"" + listKey(type) + "\":"), type, context.lookup.all(type));
        }
        byte[] counters = JsonRenderer.render(this::writeCounters); // {"isDirty":...}: its fields end this object
        counters[0] = ',';
        return ApiResponse.ok(body.raw(counters).toBody());
    }

    private void writeCounters(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeBooleanField("isDirty", false);
        long generation = context.generation.get();
        json.writeNumberField("lastSystemVersion", generation);
        for (WireType type : SNAPSHOT_LISTS) {
            json.writeNumberField("last" + type.wireName() + "Version", generation);
        }
        json.writeNumberField("sessionTag", context.sessionTag);
        json.writeEndObject();
    }

    /** protectionDomainList, sdsList, vTreeList, ...: the wire name with a lower-case first letter. */
    private static String listKey(WireType type) {
        String name = type.wireName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1) + "List";
    }
}
