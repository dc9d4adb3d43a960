package io.arrowhead.cli.internal.commands;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.arrowhead.cli.internal.CliCommand;
import io.arrowhead.cli.internal.CliException;
import io.arrowhead.cli.internal.CliSession;
import io.arrowhead.cli.internal.ExitCodes;
import io.arrowhead.cli.internal.UntilStopped;
import io.arrowhead.cli.internal.output.Column;
import io.arrowhead.cli.internal.output.Table;
import io.arrowhead.cli.internal.stats.StatisticsReader;
import io.arrowhead.cli.internal.stats.StatisticsReading;
import io.arrowhead.cli.internal.stats.VolumeSelection;
import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.stats.Metric;
import io.arrowhead.core.stats.Performance;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.model.StoragePool;
import io.arrowhead.scaleio.client.model.Volume;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stats}: the system's, pools', volumes' and SDCs' IOPS, bandwidth and latency, once or every interval. */
@Command(name = "stats", description = { "Shows the IOPS, bandwidth and latency, read and write, of the system, its "
    + "storage pools, volumes and SDCs: once, or with --watch every interval until interrupted (Ctrl+C).",
    "Figures are per second over the gateway's last sampling window; one statistics request per tick." },
    footerHeading = "%nExample:%n", footer = "  arrowhead-cli stats --volumes top:5 --watch --interval 2")
public final class StatsCommand extends CliCommand {

    static final Table<StatsRow> STATS = new Table<>(
        Column.of("TYPE", "type", StatsRow::type),
        Column.of("NAME", "name", StatsRow::name),
        Column.of("ID", "id", StatsRow::id),
        Column.of("READ IOPS", "readIops", r -> r.figure(Metric.READ_IOPS, 1), StatsCommand::iops),
        Column.of("WRITE IOPS", "writeIops", r -> r.figure(Metric.WRITE_IOPS, 1), StatsCommand::iops),
        Column.of("READ BW", "readBytesPerSecond", r -> r.figure(Metric.READ_BANDWIDTH, 1024),
            StatsCommand::bandwidth),
        Column.of("WRITE BW", "writeBytesPerSecond", r -> r.figure(Metric.WRITE_BANDWIDTH, 1024),
            StatsCommand::bandwidth),
        Column.of("READ LAT", "readLatencySeconds", r -> r.figure(Metric.READ_LATENCY, 0.001),
            StatsCommand::latency),
        Column.of("WRITE LAT", "writeLatencySeconds", r -> r.figure(Metric.WRITE_LATENCY, 0.001),
            StatsCommand::latency),
        Column.of("SAMPLED", "sampledAt", StatsRow::sampledAt,
            v -> DateTimeFormatter.ISO_LOCAL_TIME.withZone(ZoneId.systemDefault()).format(Instant.parse(
                (String) v)).replaceFirst("\\.\\d+$", "")));

    @Option(names = "--watch", description = "Print the figures again every interval until interrupted.")
    boolean watch;

    @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "5",
        description = "Seconds between two ticks with --watch (default: ${DEFAULT-VALUE}, at least 1).")
    int intervalSeconds;

    @Option(names = "--count", paramLabel = "N",
        description = "With --watch, stop after N ticks instead of running until interrupted.")
    Integer count;

    @Option(names = "--volumes", paramLabel = "all|top:N|none", defaultValue = "top:10",
        converter = VolumeSelection.Converter.class,
        description = "Which volumes to show: all, the N busiest by IOPS (default: ${DEFAULT-VALUE}), or none.")
    VolumeSelection volumes;

    @Override
    protected int run(CliSession session) {
        if (intervalSeconds < 1) {
            throw CliException.usage("The interval must be at least 1 second; " + intervalSeconds + " was given.");
        }
        if (count != null && (count < 1 || !watch)) {
            throw CliException.usage(watch ? "--count must be at least 1." : "--count needs --watch.");
        }
        GatewayConnection gateway = session.gateway();
        session.connect(gateway);
        if (!watch) {
            session.print(STATS, rows(StatisticsReader.read(gateway, volumes), volumes));
            return ExitCodes.OK;
        }
        try (UntilStopped stop = new UntilStopped()) {
            for (int tick = 1; count == null || tick <= count; tick++) {
                long started = System.nanoTime();
                try {
                    session.print(STATS, rows(StatisticsReader.read(gateway, volumes), volumes));
                } catch (CliException e) {
                    // A watch outlives a gateway's hiccup: it says so and tries again at the next tick.
                    session.terminal().err().println("arrowhead-cli: " + e.getMessage());
                    session.terminal().err().flush();
                }
                if (count != null && tick == count) {
                    break;
                }
                Duration left = Duration.ofSeconds(intervalSeconds).minusNanos(System.nanoTime() - started);
                if (stop.awaitStop(left.isNegative() ? Duration.ZERO : left)) {
                    break;
                }
                session.terminal().out().println();
            }
        }
        return ExitCodes.OK;
    }

    /** The system, the pools by protection domain, the chosen volumes, then the SDCs. */
    static List<StatsRow> rows(StatisticsReading reading, VolumeSelection volumes) {
        ClusterModel model = reading.model();
        String sampledAt = reading.sampledAt().toString();
        List<StatsRow> rows = new ArrayList<>();
        rows.add(new StatsRow("system", reading.systemName(), reading.systemId(), reading.system(), sampledAt));
        Map<String, Performance> pools = reading.performance(ObjectType.STORAGE_POOL);
        model.protectionDomains().forEach(domain -> {
            for (StoragePool pool : model.pools(domain.id())) {
                rows.add(new StatsRow("pool", pool.name(), pool.id(), pools.get(pool.id()), sampledAt));
            }
        });
        Map<String, Performance> volumeFigures = reading.performance(ObjectType.VOLUME);
        for (Volume volume : reading.volumes(volumes, volumeFigures)) {
            rows.add(new StatsRow("volume", volume.name(), volume.id(), volumeFigures.get(volume.id()), sampledAt));
        }
        Map<String, Performance> sdcs = reading.performance(ObjectType.SDC);
        model.sdcs().forEach(sdc -> rows.add(new StatsRow("sdc", ClusterModel.sdcLabel(sdc), sdc.id(),
            sdcs.get(sdc.id()), sampledAt)));
        return rows;
    }

    private static String iops(Object value) {
        return String.format(Locale.ROOT, "%.0f", (Double) value);
    }

    private static String bandwidth(Object value) {
        double bytes = (Double) value;
        return bytes >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MiB/s", bytes / (1024 * 1024))
            : String.format(Locale.ROOT, "%.1f KiB/s", bytes / 1024);
    }

    private static String latency(Object value) {
        return String.format(Locale.ROOT, "%.2f ms", (Double) value * 1000);
    }

    /** One object's figures at one tick; a figure without a value (no I/O to average) is null in JSON and CSV. */
    record StatsRow(String type, String name, String id, Performance performance, String sampledAt) {

        Double figure(Metric metric, double scale) {
            if (performance == null || !performance.has(metric)) {
                return null;
            }
            return performance.value(metric) * scale;
        }
    }
}
