package io.arrowhead.scaleio.client;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The statistics of one object: a flat set of named values as the gateway sends them, with wire names kept
 * verbatim (including misspellings such as {@code rfacheReadHit}). Values are plain Java: {@link Long},
 * {@link Double}, {@link String}, {@link Boolean}, {@link List}, {@link Map} or {@code null}. Immutable.
 */
public final class Statistics {

    private final Map<String, Object> values;

    private Statistics(Map<String, Object> values) {
        this.values = values;
    }

    /** Copies decoded JSON values; integers of any width become {@link Long}, other numbers {@link Double}. */
    public static Statistics of(Map<String, ?> values) {
        return new Statistics(plainMap(values));
    }

    public Set<String> names() {
        return values.keySet();
    }

    /** Whether the gateway sent this statistic, even as {@code null}. */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    public Object value(String name) {
        return values.get(name);
    }

    /** A whole number (a fractional one rounded), or {@code null} when absent, {@code null} or not a number. */
    public Long longValue(String name) {
        return switch (values.get(name)) {
            case Long number -> number;
            case Double number -> Long.valueOf(Math.round(number));
            case null, default -> null;
        };
    }

    /** A capacity in KiB; the same as {@link #longValue(String)}, named for readability. */
    public Long kib(String name) {
        return longValue(name);
    }

    /** A BWC triple, or {@code null} when absent or not one. */
    public Bwc bwc(String name) {
        if (!(values.get(name) instanceof Map<?, ?> triple)) {
            return null;
        }
        return new Bwc(wholeNumber(triple.get("numOccured")), wholeNumber(triple.get("numSeconds")),
                wholeNumber(triple.get("totalWeightInKb")));
    }

    /** A list of ids such as {@code volumeIds}; empty when absent or {@code null}. */
    public List<String> ids(String name) {
        if (!(values.get(name) instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(String::valueOf).toList();
    }

    /** The capacity fields among these statistics. */
    public Capacity capacity() {
        return new Capacity(kib("maxCapacityInKb"), kib("capacityLimitInKb"), kib("spareCapacityInKb"),
                kib("capacityInUseInKb"), kib("unusedCapacityInKb"), kib("capacityAvailableForVolumeAllocationInKb"),
                kib("thickCapacityInUseInKb"), kib("thinCapacityInUseInKb"), kib("thinCapacityAllocatedInKb"),
                kib("snapCapacityInUseOccupiedInKb"));
    }

    private static long wholeNumber(Object value) {
        return value instanceof Number number ? number.longValue() : 0;
    }

    private static Map<String, Object> plainMap(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(String.valueOf(key), plain(value)));
        return Collections.unmodifiableMap(copy);
    }

    // An instanceof chain rather than a pattern switch: this runs for every value of a tick over thousands of
    // objects, and the chain keeps its speed there once compiled.
    private static Object plain(Object value) {
        if (value == null || value instanceof Long || value instanceof String || value instanceof Boolean
                || value instanceof Double) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            return plainMap(map);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object element : list) {
                copy.add(plain(element));
            }
            return Collections.unmodifiableList(copy);
        }
        if (value instanceof BigDecimal || value instanceof Float) {
            return ((Number) value).doubleValue();
        }
        return value instanceof Number number ? (Object) number.longValue() : value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Statistics that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Statistics" + values;
    }
}
