package io.arrowhead.scaleio.simulator.internal.stats;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.arrowhead.scaleio.simulator.internal.cluster.ClusterState;

/**
 * Reads the two querySelectedStatistics bodies (GATEWAY-API.md §4.2) into selections, checked against the
 * catalogue and the state before a byte is written. Choices where the reference is [open]: an unknown property
 * fails the whole call with 400/0 naming the property and the type; an unknown id fails it with the not-found
 * error of its type (500/79 for volumes); a type listed twice, an empty property list, or neither ids nor allIds
 * are 400. allIds wins over ids, whatever its value ({@code []} or {@code ""}).
 */
final class SelectedStatisticsQuery {

    private SelectedStatisticsQuery() {
    }

    /** {@code {"selectedStatisticsList":[{"type","ids"|"allIds","properties"}, ...]}}. */
    static List<Selection> global(JsonNode body, ClusterState state) throws StatisticsRequestException {
        JsonNode list = body == null ? null : body.get("selectedStatisticsList");
        if (list == null || !list.isArray()) {
            throw StatisticsRequestException.invalid("selectedStatisticsList must be an array");
        }
        List<Selection> selections = new ArrayList<>();
        Set<String> types = new HashSet<>();
        for (JsonNode entry : list) {
            JsonNode typeName = entry.get("type");
            if (typeName == null || !typeName.isTextual()) {
                throw StatisticsRequestException.invalid("every selection needs a type");
            }
            if (!types.add(typeName.asText())) {
                throw StatisticsRequestException.invalid("type " + typeName.asText() + " is selected twice");
            }
            selections.add(selection(type(typeName.asText()), entry, state));
        }
        return selections;
    }

    /**
     * {@code {"properties":[...],"ids":[...]}} or {@code {"properties":[...],"allIds":""}}; the system takes only
     * properties.
     */
    static Selection perType(String wireType, JsonNode body, ClusterState state) throws StatisticsRequestException {
        if (body == null || !body.isObject()) {
            throw StatisticsRequestException.invalid("the body must be an object");
        }
        return selection(type(wireType), body, state);
    }

    static StatisticsType<?> type(String wireType) throws StatisticsRequestException {
        StatisticsType<?> type = StatisticsCatalog.byWireName(wireType);
        if (type == null) {
            throw StatisticsRequestException.invalid("unknown statistics type " + wireType);
        }
        return type;
    }

    private static Selection selection(StatisticsType<?> type, JsonNode entry, ClusterState state)
            throws StatisticsRequestException {
        List<String> properties = properties(type, entry.get("properties"));
        List<String> ids = type.isSystem() ? List.of(state.system.id) : ids(type, entry, state);
        return new Selection(type, ids, properties);
    }

    private static List<String> properties(StatisticsType<?> type, JsonNode properties)
            throws StatisticsRequestException {
        if (properties == null || !properties.isArray() || properties.isEmpty()) {
            throw StatisticsRequestException.invalid("properties of " + type.wireName() + " must be a non-empty array");
        }
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode property : properties) {
            if (!property.isTextual()) {
                throw StatisticsRequestException.invalid("properties of " + type.wireName() + " must be strings");
            }
            if (type.writer(property.asText()) == null) {
                throw StatisticsRequestException
                        .invalid("unknown property " + property.asText() + " for type " + type.wireName());
            }
            names.add(property.asText());
        }
        return List.copyOf(names);
    }

    private static List<String> ids(StatisticsType<?> type, JsonNode entry, ClusterState state)
            throws StatisticsRequestException {
        if (entry.has("allIds")) {
            return List.copyOf(type.ids(state));
        }
        JsonNode ids = entry.get("ids");
        if (ids == null || !ids.isArray()) {
            throw StatisticsRequestException.invalid(type.wireName() + " needs ids or allIds");
        }
        Set<String> checked = new LinkedHashSet<>();
        for (JsonNode id : ids) {
            if (!id.isTextual()) {
                throw StatisticsRequestException.invalid("ids of " + type.wireName() + " must be strings");
            }
            if (!type.exists(state, id.asText())) {
                throw new StatisticsRequestException(type.notFound());
            }
            checked.add(id.asText());
        }
        return List.copyOf(checked);
    }
}
