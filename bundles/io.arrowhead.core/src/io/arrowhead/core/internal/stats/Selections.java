package io.arrowhead.core.internal.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.SelectedStatistics;
import io.arrowhead.scaleio.client.Statistics;
import io.arrowhead.scaleio.client.StatisticsSelection;

/** Merges the subscribers' selections into one request per tick, and cuts each subscriber's slice from the answer. */
public final class Selections {

    private Selections() {
    }

    /** One selection per type: all objects if any subscriber wants all, else the union of ids; union of properties. */
    public static List<StatisticsSelection> merge(Collection<List<StatisticsSelection>> subscribed) {
        Map<ObjectType<?>, Merged> byType = new LinkedHashMap<>();
        for (List<StatisticsSelection> selections : subscribed) {
            for (StatisticsSelection selection : selections) {
                Merged merged = byType.computeIfAbsent(selection.type(), type -> new Merged());
                merged.all |= selection.ids() == null;
                if (selection.ids() != null) {
                    merged.ids.addAll(selection.ids());
                }
                merged.properties.addAll(selection.properties());
            }
        }
        List<StatisticsSelection> result = new ArrayList<>();
        byType.forEach((type, merged) -> result.add(new StatisticsSelection(type,
            merged.all || type == ObjectType.SYSTEM ? null : List.copyOf(merged.ids), List.copyOf(merged.properties))));
        return result;
    }

    /**
     * Leaves out the ids the gateway's last loaded cluster does not have, such as a volume deleted since it was
     * subscribed: the gateway fails the whole request for one unknown id, which would starve every subscriber.
     * Types the model does not index are kept as they are; without a model nothing is left out.
     */
    public static List<StatisticsSelection> known(List<StatisticsSelection> selections, ClusterModel model) {
        if (model == null) {
            return selections;
        }
        List<StatisticsSelection> result = new ArrayList<>();
        for (StatisticsSelection selection : selections) {
            if (selection.ids() == null) {
                result.add(selection);
                continue;
            }
            List<String> ids = selection.ids().stream().filter(id -> exists(model, selection.type(), id)).toList();
            if (!ids.isEmpty()) {
                result.add(new StatisticsSelection(selection.type(), ids, selection.properties()));
            }
        }
        return result;
    }

    /** The part of an answer one subscriber asked for: its types, objects and properties. */
    public static SelectedStatistics slice(SelectedStatistics answer, List<StatisticsSelection> selections) {
        Statistics system = null;
        Map<String, Map<String, Statistics>> byType = new LinkedHashMap<>();
        for (StatisticsSelection selection : merge(List.of(selections))) {
            if (selection.type() == ObjectType.SYSTEM) {
                system = answer.system() == null ? null : restrict(answer.system(), selection.properties());
                continue;
            }
            Map<String, Statistics> answered = answer.of(selection.type());
            Map<String, Statistics> objects = new LinkedHashMap<>();
            Collection<String> ids = selection.ids() == null ? answered.keySet() : selection.ids();
            for (String id : ids) {
                Statistics statistics = answered.get(id);
                if (statistics != null) {
                    objects.put(id, restrict(statistics, selection.properties()));
                }
            }
            byType.put(selection.type().wireName(), objects);
        }
        return new SelectedStatistics(system, byType);
    }

    private static Statistics restrict(Statistics statistics, List<String> properties) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String property : properties) {
            if (statistics.has(property)) {
                values.put(property, statistics.value(property));
            }
        }
        return Statistics.of(values);
    }

    private static boolean exists(ClusterModel model, ObjectType<?> type, String id) {
        Optional<?> found = type == ObjectType.VOLUME ? model.volume(id)
            : type == ObjectType.SDC ? model.sdc(id)
            : type == ObjectType.STORAGE_POOL ? model.pool(id)
            : type == ObjectType.PROTECTION_DOMAIN ? model.protectionDomain(id)
            : type == ObjectType.SDS ? model.sds(id)
            : type == ObjectType.DEVICE ? model.device(id)
            : Optional.of(id);
        return found.isPresent();
    }

    private static final class Merged {
        boolean all;
        final Set<String> ids = new LinkedHashSet<>();
        final Set<String> properties = new LinkedHashSet<>();
    }
}
