package io.arrowhead.scaleio.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answer to a global {@code querySelectedStatistics}: the system's statistics, and per type the statistics of
 * each requested object by id.
 */
public final class SelectedStatistics {

    private final Statistics system;
    private final Map<String, Map<String, Statistics>> byType;

    /**
     * @param system {@code null} if the system was not queried
     * @param byType keyed by {@link ObjectType#wireName()}, then by object id
     */
    public SelectedStatistics(Statistics system, Map<String, Map<String, Statistics>> byType) {
        this.system = system;
        Map<String, Map<String, Statistics>> copy = new LinkedHashMap<>();
        byType.forEach((type, objects) -> copy.put(type, Collections.unmodifiableMap(new LinkedHashMap<>(objects))));
        this.byType = Collections.unmodifiableMap(copy);
    }

    /** The system's statistics, or {@code null} if not asked for. */
    public Statistics system() {
        return system;
    }

    /**
     * The statistics of every returned object of this type by id, in the gateway's order; empty if the type was not
     * asked for. The system's statistics are in {@link #system()}.
     */
    public Map<String, Statistics> of(ObjectType<?> type) {
        return byType.getOrDefault(type.wireName(), Map.of());
    }

    /** The statistics of one object, or {@code null} if the answer has none for it. */
    public Statistics of(ObjectType<?> type, String id) {
        return of(type).get(id);
    }
}
