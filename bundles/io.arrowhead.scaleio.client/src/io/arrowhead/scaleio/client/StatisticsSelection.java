package io.arrowhead.scaleio.client;

import java.util.List;
import java.util.Objects;

/**
 * One entry of a global {@code querySelectedStatistics} request: which properties of which objects of a type.
 *
 * @param ids {@code null} for all objects of the type; always {@code null} for {@link ObjectType#SYSTEM}, which is
 *        one object
 */
public record StatisticsSelection(ObjectType<?> type, List<String> ids, List<String> properties) {

    public StatisticsSelection {
        Objects.requireNonNull(type, "type");
        if (type == ObjectType.SYSTEM && ids != null) {
            throw new IllegalArgumentException("System statistics take no ids; use StatisticsSelection.system(...).");
        }
        if (ids != null) {
            ids = ids.stream().map(id -> ScaleIoIds.requireObjectId(id, type.wireName() + " id")).toList();
        }
        if (properties == null || properties.isEmpty() || properties.stream().anyMatch(p -> p == null || p.isBlank())) {
            throw new IllegalArgumentException("Name the " + type.wireName() + " statistics to query.");
        }
        properties = List.copyOf(properties);
    }

    public static StatisticsSelection system(String... properties) {
        return new StatisticsSelection(ObjectType.SYSTEM, null, List.of(properties));
    }

    public static StatisticsSelection all(ObjectType<?> type, String... properties) {
        return new StatisticsSelection(type, null, List.of(properties));
    }

    public static StatisticsSelection of(ObjectType<?> type, List<String> ids, String... properties) {
        return new StatisticsSelection(type, Objects.requireNonNull(ids, "ids"), List.of(properties));
    }
}
