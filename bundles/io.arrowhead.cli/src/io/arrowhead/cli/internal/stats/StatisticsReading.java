package io.arrowhead.cli.internal.stats;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.stats.Metric;
import io.arrowhead.core.stats.Performance;
import io.arrowhead.scaleio.client.Capacity;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.SelectedStatistics;
import io.arrowhead.scaleio.client.Statistics;
import io.arrowhead.scaleio.client.model.ScaleIoSystem;
import io.arrowhead.scaleio.client.model.Volume;

/**
 * One statistics answer of a gateway with the cluster model it is read against. The per-second figures are the core's
 * ({@link Performance}, from {@code PerformanceCalculator}), each computed once per object.
 *
 * @param sampledAt when the answer arrived
 */
public record StatisticsReading(GatewayConnection gateway, ClusterModel model, SelectedStatistics answer,
    Instant sampledAt) {

    private static final Comparator<Map.Entry<Volume, Double>> BUSIEST_FIRST = Map.Entry
        .<Volume, Double>comparingByValue().reversed().thenComparing(entry -> entry.getKey().id());

    /** The system's figures, or {@code null} if the answer has none. */
    public Performance system() {
        return answer.system() == null ? null : Performance.of(answer.system());
    }

    public Capacity systemCapacity() {
        return answer.system() == null ? null : answer.system().capacity();
    }

    /** The figures of every answered object of the type by id, computed once. */
    public Map<String, Performance> performance(ObjectType<?> type) {
        Map<String, Statistics> answered = answer.of(type);
        Map<String, Performance> figures = new HashMap<>(answered.size() * 2);
        answered.forEach((id, statistics) -> figures.put(id, Performance.of(statistics)));
        return figures;
    }

    /** A pool's capacity statistics, or {@code null} if the answer has none for it. */
    public Capacity poolCapacity(String poolId) {
        Statistics statistics = answer.of(ObjectType.STORAGE_POOL, poolId);
        return statistics == null ? null : statistics.capacity();
    }

    /**
     * The volumes to report, in the model's order for all, else the busiest first by IOPS (read plus write) with
     * ties by id. Only volumes both in the answer and in the model: a volume created since the last refresh has no
     * name yet and waits for it.
     */
    public List<Volume> volumes(VolumeSelection selection, Map<String, Performance> figures) {
        if (!selection.any()) {
            return List.of();
        }
        List<Volume> answered = model.allVolumes().stream().filter(v -> figures.containsKey(v.id())).toList();
        if (selection.top() == VolumeSelection.ALL.top()) {
            return answered;
        }
        return answered.stream().map(v -> Map.entry(v, iops(figures.get(v.id())))).sorted(BUSIEST_FIRST)
            .limit(selection.top()).map(Map.Entry::getKey).toList();
    }

    /** The system's name, or its id when it has none. */
    public String systemName() {
        ScaleIoSystem system = model.system();
        if (system == null) {
            return "";
        }
        return system.name() == null || system.name().isBlank() ? system.id() : system.name();
    }

    public String systemId() {
        return model.system() == null ? "" : model.system().id();
    }

    /** Read plus write IOPS; an object without a figure counts as idle. */
    public static double iops(Performance performance) {
        return zeroIfNone(performance.value(Metric.READ_IOPS)) + zeroIfNone(performance.value(Metric.WRITE_IOPS));
    }

    private static double zeroIfNone(double value) {
        return Double.isNaN(value) ? 0 : value;
    }
}
