package io.arrowhead.core.internal.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.arrowhead.core.stats.ObjectPerformance;
import io.arrowhead.core.stats.Performance;
import io.arrowhead.core.stats.SeriesKey;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.SelectedStatistics;
import io.arrowhead.scaleio.client.Statistics;
import io.arrowhead.scaleio.client.StatisticsSelection;

/** One object of an answer: its statistics as sent, and the metrics derived from them. */
public record AnsweredObject(ObjectPerformance performance, Statistics statistics) {

    /** Every object of the answer of the selections' types, in the answer's order. */
    public static List<AnsweredObject> of(SelectedStatistics answer, List<StatisticsSelection> selections) {
        List<AnsweredObject> objects = new ArrayList<>();
        for (StatisticsSelection selection : selections) {
            ObjectType<?> type = selection.type();
            if (type == ObjectType.SYSTEM) {
                if (answer.system() != null) {
                    objects.add(of(type, SeriesKey.SYSTEM_ID, answer.system()));
                }
                continue;
            }
            for (Map.Entry<String, Statistics> object : answer.of(type).entrySet()) {
                objects.add(of(type, object.getKey(), object.getValue()));
            }
        }
        return objects;
    }

    private static AnsweredObject of(ObjectType<?> type, String id, Statistics statistics) {
        return new AnsweredObject(new ObjectPerformance(type, id, Performance.of(statistics)), statistics);
    }
}
