package io.arrowhead.scaleio.client.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.SelectedStatistics;
import io.arrowhead.scaleio.client.Statistics;

/**
 * Reads the three shapes of statistics answers from a parser over the answer as it arrives (the caller closes it):
 * one tick for every volume of a large system is megabytes of small objects (see {@link PlainJson}).
 */
public final class StatisticsReader {

    private StatisticsReader() {
    }

    /** One object's statistics: {@code {"name": value, ...}}. */
    public static Statistics flat(JsonParser parser) throws IOException {
        return statisticsOf(parser, "the statistics");
    }

    /** The per-type {@code querySelectedStatistics} answer: {@code {"<id>": {...}, ...}}. */
    public static Map<String, Statistics> byId(JsonParser parser) throws IOException {
        return statisticsById(parser, "the statistics");
    }

    /** The global answer: {@code {"System": {...}, "<Type>": {"<id>": {...}}, ...}}. */
    public static SelectedStatistics selected(JsonParser parser) throws IOException {
        requireObjectStart(parser.nextToken(), "the statistics");
        Statistics system = null;
        Map<String, Map<String, Statistics>> byType = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String type = parser.currentName();
            if (type.equals(ObjectType.SYSTEM.wireName())) {
                system = statisticsOf(parser, "the System statistics");
            } else {
                byType.put(type, statisticsById(parser, "the " + type + " statistics"));
            }
        }
        return new SelectedStatistics(system, byType);
    }

    /** Reads the object that starts at the parser's next token. */
    private static Statistics statisticsOf(JsonParser parser, String what) throws IOException {
        requireObjectStart(parser.nextToken(), what);
        return Statistics.of(PlainJson.readObject(parser));
    }

    private static Map<String, Statistics> statisticsById(JsonParser parser, String what) throws IOException {
        requireObjectStart(parser.nextToken(), what);
        Map<String, Statistics> statistics = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String id = parser.currentName();
            statistics.put(id, statisticsOf(parser, "the statistics of " + id));
        }
        return statistics;
    }

    private static void requireObjectStart(JsonToken token, String what) throws IOException {
        if (token != JsonToken.START_OBJECT) {
            throw new IOException("Expected " + what + " as a JSON object, not " + Json.describe(token) + ".");
        }
    }
}
