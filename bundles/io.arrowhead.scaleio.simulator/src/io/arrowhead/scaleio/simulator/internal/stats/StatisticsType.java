package io.arrowhead.scaleio.simulator.internal.stats;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import io.arrowhead.scaleio.simulator.internal.api.ApiResponse;
import io.arrowhead.scaleio.simulator.internal.cluster.ClusterState;
import io.arrowhead.scaleio.simulator.internal.cluster.NotFoundAnswers;

/**
 * The statistics of one REST type: its objects, the error for an id it does not have, and its property catalogue,
 * kept in the alphabetical order of the real per-object answers. Immutable.
 *
 * @param <S> what the property writers read: one object together with the call's derived data
 */
final class StatisticsType<S> {

    private final String wireName;
    private final Function<ClusterState, Map<String, ?>> objects;
    private final BiFunction<StatisticsContext, String, S> subjects;
    private final SortedMap<String, StatisticWriter<S>> properties;

    private StatisticsType(Builder<S> builder) {
        this.wireName = builder.wireName;
        this.objects = builder.objects;
        this.subjects = builder.subjects;
        this.properties = Collections.unmodifiableSortedMap(new TreeMap<>(builder.properties));
    }

    String wireName() {
        return wireName;
    }

    /** The system takes no ids and answers one flat object. */
    boolean isSystem() {
        return "System".equals(wireName);
    }

    /** What the gateway answers for an id of this type that does not exist. */
    ApiResponse notFound() {
        return NotFoundAnswers.of(wireName);
    }

    Collection<String> ids(ClusterState state) {
        return objects.apply(state).keySet();
    }

    boolean exists(ClusterState state, String id) {
        return objects.apply(state).containsKey(id);
    }

    /** Prepares an existing object for its property writers. */
    S subject(StatisticsContext context, String id) {
        return subjects.apply(context, id);
    }

    Set<String> propertyNames() {
        return properties.keySet();
    }

    /** The writer of a property, or null when the type has no such statistic. */
    StatisticWriter<S> writer(String property) {
        return properties.get(property);
    }

    static <S> Builder<S> builder(String wireName, Function<ClusterState, Map<String, ?>> objects,
            BiFunction<StatisticsContext, String, S> subjects) {
        return new Builder<>(wireName, objects, subjects);
    }

    static final class Builder<S> {

        private final String wireName;
        private final Function<ClusterState, Map<String, ?>> objects;
        private final BiFunction<StatisticsContext, String, S> subjects;
        private final Map<String, StatisticWriter<S>> properties = new TreeMap<>();

        private Builder(String wireName, Function<ClusterState, Map<String, ?>> objects,
                BiFunction<StatisticsContext, String, S> subjects) {
            this.wireName = wireName;
            this.objects = objects;
            this.subjects = subjects;
        }

        Builder<S> property(String name, StatisticWriter<S> writer) {
            if (properties.putIfAbsent(name, writer) != null) {
                throw new IllegalStateException(wireName + " declares " + name + " twice");
            }
            return this;
        }

        Builder<S> number(String name, ToLongFunction<S> value) {
            return property(name, (subject, out) -> out.writeNumber(value.applyAsLong(subject)));
        }

        /** Counters of things the simulator does not model (rebuilds, rebalances, caches, scans). */
        Builder<S> zeros(String... names) {
            for (String name : names) {
                property(name, (subject, out) -> out.writeNumber(0L));
            }
            return this;
        }

        /** Bandwidth counters the simulator never drives. */
        Builder<S> idle(String... names) {
            for (String name : names) {
                property(name, (subject, out) -> Bwc.idle(out));
            }
            return this;
        }

        /** An array of the ids of some entities. */
        <E> Builder<S> ids(String name, Function<S, ? extends Collection<E>> entities, Function<E, String> idOf) {
            return property(name, (subject, out) -> {
                out.writeStartArray();
                for (E entity : entities.apply(subject)) {
                    out.writeString(idOf.apply(entity));
                }
                out.writeEndArray();
            });
        }

        StatisticsType<S> build() {
            return new StatisticsType<>(this);
        }
    }
}
