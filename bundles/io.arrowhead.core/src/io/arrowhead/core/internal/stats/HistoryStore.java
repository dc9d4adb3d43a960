package io.arrowhead.core.internal.stats;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import io.arrowhead.core.stats.HistoryPoints;
import io.arrowhead.core.stats.Metric;
import io.arrowhead.core.stats.ObjectPerformance;
import io.arrowhead.core.stats.SeriesKey;
import io.arrowhead.scaleio.client.Statistics;

/**
 * The history of the series subscribers name, kept while subscribed and for {@link #RETENTION} after its last sample,
 * so that a view closed and opened again within that time shows the past. Thread-safe.
 */
public final class HistoryStore {

    /** How long a series nobody subscribes to any more is kept after its last sample. */
    public static final Duration RETENTION = Duration.ofHours(1);

    private final Map<SeriesKey, SeriesHistory> series = new ConcurrentHashMap<>();

    /**
     * Records the metrics the object's statistics hold; a metric whose statistics are all absent gets no point. A
     * series without history yet starts one only if {@code starts} says so, so that a scan of every volume does not
     * keep a history of each.
     */
    public void record(String gatewayId, ObjectPerformance object, Statistics statistics, Instant sampledAt,
        Predicate<SeriesKey> starts) {
        for (Metric metric : Metric.values()) {
            if (metric.properties().stream().anyMatch(statistics::has)) {
                SeriesKey key = new SeriesKey(gatewayId, object.type(), object.id(), metric);
                SeriesHistory history = series.get(key);
                if (history == null && starts.test(key)) {
                    history = series.computeIfAbsent(key, k -> new SeriesHistory());
                }
                if (history != null) {
                    history.add(sampledAt.toEpochMilli(), object.performance().value(metric));
                }
            }
        }
    }

    public HistoryPoints points(SeriesKey key) {
        SeriesHistory history = series.get(key);
        return history == null ? HistoryPoints.EMPTY : history.points();
    }

    public int size() {
        return series.size();
    }

    /** Drops the series that were not sampled within {@link #RETENTION} before {@code now} and are not in use. */
    public void evict(Instant now, Predicate<SeriesKey> inUse) {
        long oldest = now.minus(RETENTION).toEpochMilli();
        series.entrySet().removeIf(e -> e.getValue().lastSampleMillis() < oldest && !inUse.test(e.getKey()));
    }

    /** Drops every series of a gateway that was removed. */
    public void forgetGateway(String gatewayId) {
        series.keySet().removeIf(key -> key.gatewayId().equals(gatewayId));
    }
}
