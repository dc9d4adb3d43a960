package io.arrowhead.cli.internal.exporter;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.arrowhead.cli.internal.CliException;
import io.arrowhead.cli.internal.stats.StatisticsReader;
import io.arrowhead.cli.internal.stats.VolumeSelection;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.GatewayConnections;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;

/**
 * What one scrape serves: for each gateway, in parallel, exactly one statistics request and the metrics made from its
 * answer, with {@code arrowhead_up} and the scrape duration. A gateway that fails gives {@code arrowhead_up 0}, the
 * others are served as usual; its error goes to the log once each time it changes, not on every scrape. A gateway
 * without a session (its connect failed) is reconnected in the background, at most every {@link #RECONNECT_EVERY}.
 */
public final class MetricsCollector implements AutoCloseable {

    static final Duration RECONNECT_EVERY = Duration.ofSeconds(15);

    private final GatewayConnections connections;
    private final List<GatewayConnection> gateways;
    private final VolumeSelection volumes;
    private final PrintWriter log;
    private final Map<String, String> reportedErrors = new ConcurrentHashMap<>();
    private final Map<String, Instant> reconnects = new ConcurrentHashMap<>();
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    public MetricsCollector(GatewayConnections connections, List<GatewayConnection> gateways, VolumeSelection volumes,
        PrintWriter log) {
        this.connections = connections;
        this.gateways = List.copyOf(gateways);
        this.volumes = volumes;
        this.log = log;
    }

    public List<GatewayConnection> gateways() {
        return gateways;
    }

    /** One scrape of every gateway. */
    public MetricSnapshots collect() {
        List<CompletableFuture<Samples>> scrapes = gateways.stream()
            .map(gateway -> CompletableFuture.supplyAsync(() -> collect(gateway), threads)).toList();
        Samples all = new Samples();
        scrapes.forEach(scrape -> all.addAll(scrape.join()));
        return all.snapshots();
    }

    private Samples collect(GatewayConnection gateway) {
        long started = System.nanoTime();
        Samples samples = new Samples();
        boolean up;
        try {
            ClusterSamples.add(samples, StatisticsReader.read(gateway, volumes), volumes);
            up = true;
            report(gateway, null);
        } catch (CliException e) {
            samples = new Samples();
            up = false;
            report(gateway, e.getMessage());
            reconnectIfNeeded(gateway);
        }
        Labels labels = Labels.of("gateway", gateway.name());
        samples.add(ExporterMetric.UP, labels, up ? 1 : 0);
        if (gateway.model() != null) {
            samples.add(ExporterMetric.MODEL_AGE, labels,
                Duration.between(gateway.model().loadedAt(), Instant.now()).toMillis() / 1000d);
        }
        samples.add(ExporterMetric.SCRAPE_DURATION, labels, (System.nanoTime() - started) / 1e9);
        return samples;
    }

    private void report(GatewayConnection gateway, String error) {
        String previous = reportedErrors.put(gateway.id(), error == null ? "" : error);
        if (error != null && !error.equals(previous)) {
            log.println("arrowhead-cli exporter: " + gateway.name() + " gives arrowhead_up 0: " + error);
        } else if (error == null && previous != null && !previous.isEmpty()) {
            log.println("arrowhead-cli exporter: " + gateway.name() + " answers again.");
        }
        log.flush();
    }

    private void reconnectIfNeeded(GatewayConnection gateway) {
        if (gateway.hasSession() || gateway.isLoading()) {
            return;
        }
        Instant now = Instant.now();
        Instant last = reconnects.get(gateway.id());
        if (last == null || Duration.between(last, now).compareTo(RECONNECT_EVERY) >= 0) {
            reconnects.put(gateway.id(), now);
            connections.connect(gateway);
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
