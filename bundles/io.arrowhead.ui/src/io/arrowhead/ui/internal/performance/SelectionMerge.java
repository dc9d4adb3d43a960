package io.arrowhead.ui.internal.performance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.StatisticsSelection;

/** Merges statistics selections into one per object type, as a single request names each type once. */
final class SelectionMerge {

    private SelectionMerge() {
    }

    /** Per type, the union of the properties, for every object if one selection asked for all, else the ids. */
    static List<StatisticsSelection> byType(List<StatisticsSelection> selections) {
        Map<ObjectType<?>, Set<String>> properties = new LinkedHashMap<>();
        Map<ObjectType<?>, Set<String>> ids = new LinkedHashMap<>();
        Set<ObjectType<?>> everyObject = new LinkedHashSet<>();
        for (StatisticsSelection selection : selections) {
            properties.computeIfAbsent(selection.type(), type -> new LinkedHashSet<>()).addAll(selection.properties());
            if (selection.ids() == null) {
                everyObject.add(selection.type());
            } else {
                ids.computeIfAbsent(selection.type(), type -> new LinkedHashSet<>()).addAll(selection.ids());
            }
        }
        List<StatisticsSelection> merged = new ArrayList<>();
        properties.forEach((type, names) -> merged.add(new StatisticsSelection(type,
            everyObject.contains(type) ? null : List.copyOf(ids.get(type)), List.copyOf(names))));
        return merged;
    }
}
