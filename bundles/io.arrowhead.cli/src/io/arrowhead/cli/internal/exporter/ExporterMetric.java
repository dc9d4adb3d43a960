package io.arrowhead.cli.internal.exporter;

import io.prometheus.metrics.model.snapshots.Unit;

/**
 * Every metric the exporter serves: all gauges, in base units (bytes, seconds), per-second figures already divided by
 * their window, so that they need no {@code rate()}. docs/cli/exporter.md documents each with its labels.
 */
public enum ExporterMetric {
    UP("arrowhead_up", "1 when this scrape read the gateway's statistics, 0 when that failed.", null),
    SCRAPE_DURATION("arrowhead_scrape_duration_seconds",
        "Time this scrape spent on the gateway: its one statistics request and the metrics made from it.",
        Unit.SECONDS),
    MODEL_AGE("arrowhead_cluster_model_age_seconds",
        "Age of the cached cluster model whose names, ids and sizes label the figures; refreshed in the background.",
        Unit.SECONDS),

    SYSTEM_CAPACITY_MAX("arrowhead_system_capacity_max_bytes", "Raw capacity of the system's devices.", Unit.BYTES),
    SYSTEM_CAPACITY_SPARE("arrowhead_system_capacity_spare_bytes", "Raw capacity reserved as spare.", Unit.BYTES),
    SYSTEM_CAPACITY_IN_USE("arrowhead_system_capacity_in_use_bytes", "Raw capacity in use.", Unit.BYTES),
    SYSTEM_CAPACITY_UNUSED("arrowhead_system_capacity_unused_bytes", "Raw capacity neither used nor spare.",
        Unit.BYTES),
    SYSTEM_CAPACITY_AVAILABLE("arrowhead_system_capacity_available_for_volumes_bytes",
        "Net capacity left for new volumes.", Unit.BYTES),
    SYSTEM_IOPS("arrowhead_system_io_operations_per_second", "Front-end I/O operations per second.", null),
    SYSTEM_BANDWIDTH("arrowhead_system_io_bytes_per_second", "Front-end bytes moved per second.", null),
    SYSTEM_LATENCY("arrowhead_system_io_latency_seconds", "Mean front-end latency of one I/O.", Unit.SECONDS),

    POOL_CAPACITY_MAX("arrowhead_pool_capacity_max_bytes", "Raw capacity of the pool's devices.", Unit.BYTES),
    POOL_CAPACITY_SPARE("arrowhead_pool_capacity_spare_bytes", "Raw capacity reserved as spare.", Unit.BYTES),
    POOL_CAPACITY_IN_USE("arrowhead_pool_capacity_in_use_bytes", "Raw capacity in use.", Unit.BYTES),
    POOL_CAPACITY_UNUSED("arrowhead_pool_capacity_unused_bytes", "Raw capacity neither used nor spare.",
        Unit.BYTES),
    POOL_CAPACITY_AVAILABLE("arrowhead_pool_capacity_available_for_volumes_bytes",
        "Net capacity left for new volumes.", Unit.BYTES),
    POOL_IOPS("arrowhead_pool_io_operations_per_second", "Front-end I/O operations per second.", null),
    POOL_BANDWIDTH("arrowhead_pool_io_bytes_per_second", "Front-end bytes moved per second.", null),
    POOL_LATENCY("arrowhead_pool_io_latency_seconds", "Mean front-end latency of one I/O.", Unit.SECONDS),

    VOLUME_SIZE("arrowhead_volume_size_bytes", "Provisioned size of the volume.", Unit.BYTES),
    VOLUME_IOPS("arrowhead_volume_io_operations_per_second", "I/O operations per second.", null),
    VOLUME_BANDWIDTH("arrowhead_volume_io_bytes_per_second", "Bytes moved per second.", null),
    VOLUME_LATENCY("arrowhead_volume_io_latency_seconds", "Mean latency of one I/O, as the SDCs see it.",
        Unit.SECONDS),

    SDC_MAPPED_VOLUMES("arrowhead_sdc_mapped_volumes", "Volumes mapped to the SDC.", null),
    SDC_MAPPED_SIZE("arrowhead_sdc_mapped_size_bytes", "Provisioned size of the volumes mapped to the SDC.",
        Unit.BYTES),
    SDC_IOPS("arrowhead_sdc_io_operations_per_second", "I/O operations per second.", null),
    SDC_BANDWIDTH("arrowhead_sdc_io_bytes_per_second", "Bytes moved per second.", null),
    SDC_LATENCY("arrowhead_sdc_io_latency_seconds", "Mean latency of one I/O.", Unit.SECONDS);

    private final String metricName;
    private final String help;
    private final Unit unit;

    ExporterMetric(String metricName, String help, Unit unit) {
        this.metricName = metricName;
        this.help = help;
        this.unit = unit;
    }

    public String metricName() {
        return metricName;
    }

    public String help() {
        return help;
    }

    /** The unit, for OpenMetrics' UNIT line; {@code null} for counts and rates, whose names say it. */
    public Unit unit() {
        return unit;
    }
}
