package io.arrowhead.scaleio.client.internal;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.ScaleIoIds;
import io.arrowhead.scaleio.client.StatisticsSelection;

/** The JSON bodies of the two {@code querySelectedStatistics} forms. */
public final class StatisticsRequests {

    private StatisticsRequests() {
    }

    /** The global form: {@code {"selectedStatisticsList":[{"type","ids"|"allIds":[],"properties"}]}}. */
    public static ObjectNode selected(List<StatisticsSelection> selections) {
        if (selections.isEmpty()) {
            throw new IllegalArgumentException("Select at least one kind of statistics.");
        }
        ObjectNode body = Json.newObject();
        ArrayNode list = body.putArray("selectedStatisticsList");
        for (StatisticsSelection selection : selections) {
            ObjectNode entry = list.addObject().put("type", selection.type().wireName());
            if (selection.ids() != null) {
                strings(entry.putArray("ids"), selection.ids());
            } else if (selection.type() != ObjectType.SYSTEM) {
                entry.putArray("allIds");
            }
            strings(entry.putArray("properties"), selection.properties());
        }
        return body;
    }

    /** The per-type form: {@code {"properties","ids"}}, or {@code "allIds":""} for all objects, as PyPowerFlex sends. */
    public static ObjectNode ofType(ObjectType<?> type, List<String> idsOrNull, List<String> properties) {
        ObjectNode body = ofSystem(properties);
        if (idsOrNull == null) {
            return body.put("allIds", "");
        }
        ArrayNode ids = body.putArray("ids");
        idsOrNull.forEach(id -> ids.add(ScaleIoIds.requireObjectId(id, type.wireName() + " id")));
        return body;
    }

    /** The per-type form for the system, which is one object: only {@code {"properties"}}. */
    public static ObjectNode ofSystem(List<String> properties) {
        if (properties.isEmpty()) {
            throw new IllegalArgumentException("Name the statistics to query.");
        }
        ObjectNode body = Json.newObject();
        strings(body.putArray("properties"), properties);
        return body;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
