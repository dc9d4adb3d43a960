package io.arrowhead.scaleio.client.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.SelectedStatistics;
import io.arrowhead.scaleio.client.Statistics;

/** Reads the three shapes of statistics answers. */
public final class StatisticsReader {

    private StatisticsReader() {
    }

    /** One object's statistics: {@code {"name": value, ...}}. */
    public static Statistics flat(String json) throws IOException {
        return statisticsOf(requireObject(Json.readTree(json), "the statistics"));
    }

    /** The per-type {@code querySelectedStatistics} answer: {@code {"<id>": {...}, ...}}. */
    public static Map<String, Statistics> byId(String json) throws IOException {
        return statisticsById(requireObject(Json.readTree(json), "the statistics"));
    }

    /** The global answer: {@code {"System": {...}, "<Type>": {"<id>": {...}}, ...}}. */
    public static SelectedStatistics selected(String json) throws IOException {
        JsonNode answer = requireObject(Json.readTree(json), "the statistics");
        Statistics system = null;
        Map<String, Map<String, Statistics>> byType = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> type : answer.properties()) {
            if (type.getKey().equals(ObjectType.SYSTEM.wireName())) {
                system = statisticsOf(requireObject(type.getValue(), "the System statistics"));
            } else {
                byType.put(type.getKey(), statisticsById(requireObject(type.getValue(), "the " + type.getKey() + " statistics")));
            }
        }
        return new SelectedStatistics(system, byType);
    }

    private static Statistics statisticsOf(JsonNode object) {
        return Statistics.of(Json.toPlainMap(object));
    }

    private static Map<String, Statistics> statisticsById(JsonNode answer) throws IOException {
        Map<String, Statistics> statistics = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> object : answer.properties()) {
            statistics.put(object.getKey(), statisticsOf(requireObject(object.getValue(), "the statistics of " + object.getKey())));
        }
        return statistics;
    }

    private static JsonNode requireObject(JsonNode node, String what) throws IOException {
        if (node == null || !node.isObject()) {
            throw new IOException("Expected " + what + " as a JSON object, not " + Json.describe(node) + ".");
        }
        return node;
    }
}
