package io.arrowhead.cli.internal.exporter;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;

/** The data points of one scrape, per metric; a value that is not a number (no I/O to average) is left out. */
final class Samples {

    private final Map<ExporterMetric, List<GaugeDataPointSnapshot>> points = new EnumMap<>(ExporterMetric.class);

    void add(ExporterMetric metric, Labels labels, double value) {
        if (Double.isNaN(value)) {
            return;
        }
        points.computeIfAbsent(metric, m -> new ArrayList<>())
            .add(GaugeDataPointSnapshot.builder().labels(labels).value(value).build());
    }

    /** A value in KiB, as bytes; {@code null} (not in the answer) adds nothing. */
    void addKib(ExporterMetric metric, Labels labels, Long kib) {
        if (kib != null) {
            add(metric, labels, kib * 1024d);
        }
    }

    void addAll(Samples other) {
        other.points.forEach((metric, list) -> points.computeIfAbsent(metric, m -> new ArrayList<>()).addAll(list));
    }

    /** Every metric that has a data point, in the order of {@link ExporterMetric}. */
    MetricSnapshots snapshots() {
        MetricSnapshots.Builder snapshots = MetricSnapshots.builder();
        points.forEach((metric, list) -> {
            GaugeSnapshot.Builder gauge = GaugeSnapshot.builder().name(metric.metricName()).help(metric.help());
            if (metric.unit() != null) {
                gauge.unit(metric.unit());
            }
            list.forEach(gauge::dataPoint);
            snapshots.metricSnapshot(gauge.build());
        });
        return snapshots.build();
    }
}
