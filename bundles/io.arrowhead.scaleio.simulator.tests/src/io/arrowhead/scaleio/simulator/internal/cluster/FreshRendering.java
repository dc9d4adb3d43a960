package io.arrowhead.scaleio.simulator.internal.cluster;

import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.get;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.arrowhead.scaleio.simulator.internal.api.ApiRequest;

/** What a cluster serves, compared with what a Jackson generator writes from its state afresh, as reads once did. */
final class FreshRendering {

    /** The lists of {@code GET /api/instances}, in the order real gateways write them. */
    private static final List<WireType> SNAPSHOT_LISTS = List.of(WireType.PROTECTION_DOMAIN, WireType.STORAGE_POOL,
            WireType.SDS, WireType.DEVICE, WireType.FAULT_SET, WireType.SDC, WireType.VOLUME, WireType.VTREE,
            WireType.RFCACHE_DEVICE);

    private FreshRendering() {
    }

    /** Every list, each listed object and the whole-system snapshot, byte for byte as rendered afresh now. */
    static void assertServed(SimulatedCluster cluster) {
        ClusterState state = cluster.state();
        EntityJson fresh = new EntityJson(state, ClusterTestSupport.CLOCK);
        ClusterLookup lookup = new ClusterLookup(state);
        for (WireType type : List.of(WireType.SYSTEM, WireType.PROTECTION_DOMAIN, WireType.STORAGE_POOL, WireType.SDS,
                WireType.DEVICE, WireType.FAULT_SET, WireType.SDC, WireType.VOLUME, WireType.VTREE)) {
            String served = body(cluster, "/api/types/" + type.wireName() + "/instances");
            assertEquals(text(JsonRenderer.render(json -> {
                json.writeStartArray();
                for (Object entity : lookup.all(type)) {
                    fresh.write(json, type, entity);
                }
                json.writeEndArray();
            })), served, type.wireName());
            for (JsonNode object : get(cluster, "/api/types/" + type.wireName() + "/instances").json()) {
                assertEquals(object, get(cluster, "/api/instances/" + type.wireName() + "::"
                        + object.path("id").asText()).json(), type.wireName() + " " + object.path("id"));
            }
        }
        String snapshot = body(cluster, "/api/instances");
        JsonNode counters = get(cluster, "/api/instances").json();
        assertEquals(text(JsonRenderer.render(json -> {
            json.writeStartObject();
            json.writeFieldName("System");
            fresh.write(json, WireType.SYSTEM, state.system);
            for (WireType type : SNAPSHOT_LISTS) {
                String name = type.wireName();
                json.writeArrayFieldStart(Character.toLowerCase(name.charAt(0)) + name.substring(1) + "List");
                for (Object entity : lookup.all(type)) {
                    fresh.write(json, type, entity);
                }
                json.writeEndArray();
            }
            json.writeBooleanField("isDirty", false);
            json.writeNumberField("lastSystemVersion", counters.path("lastSystemVersion").asLong());
            for (WireType type : SNAPSHOT_LISTS) {
                json.writeNumberField("last" + type.wireName() + "Version", counters.path("lastSystemVersion").asLong());
            }
            json.writeNumberField("sessionTag", counters.path("sessionTag").asLong());
            json.writeEndObject();
        })), snapshot);
    }

    private static String body(SimulatedCluster cluster, String path) {
        return text(cluster.handle(new ApiRequest("GET", path, Map.of(), new byte[0], "admin")).body());
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
