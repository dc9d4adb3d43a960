package io.arrowhead.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.arrowhead.cli.internal.exporter.ExporterServer;
import io.arrowhead.cli.internal.exporter.MetricsCollector;
import io.arrowhead.cli.internal.stats.VolumeSelection;
import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.scaleio.simulator.ClusterScenario;

/**
 * The exporter's scrape time at 32,768 volumes (1,024 SDCs, 16 pools), with --volumes top:100 and all: the wall
 * time of one GET /metrics as Prometheus sends it, which includes the one statistics request to the simulator on
 * the same machine. Not a test (the name keeps it out of the build's runs); run it alone with
 * {@code -Dtest=ExporterScrapeBenchmark}. Prints, and writes to target/exporter-scrape-benchmark.txt, the median
 * and the 90th percentile of {@link #MEASURED} scrapes after {@link #WARM_UP}.
 */
class ExporterScrapeBenchmark {

    static final int VOLUMES = 32_768;
    static final int WARM_UP = 5;
    static final int MEASURED = 15;
    static final String PROMETHEUS_ACCEPT = "application/openmetrics-text;version=1.0.0,"
        + "application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1";

    private static SimulatedGateway gateway;
    private static final List<String> report = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        gateway = new SimulatedGateway("scale", ClusterScenario.scale(VOLUMES, 1_024, 16), false);
        gateway.connect();
    }

    @AfterAll
    static void stop() throws Exception {
        report.forEach(System.out::println);
        Files.write(Path.of("target/exporter-scrape-benchmark.txt"), report);
        gateway.close();
    }

    @Test
    void top100() throws Exception {
        measure(new VolumeSelection(100), 100);
    }

    @Test
    void all() throws Exception {
        measure(VolumeSelection.ALL, VOLUMES);
    }

    private static void measure(VolumeSelection volumes, int expectedVolumes) throws Exception {
        GatewayConnection connection = gateway.connection();
        try (MetricsCollector collector = new MetricsCollector(ArrowheadCore.connections(), List.of(connection),
            volumes, new PrintWriter(new StringWriter()));
            ExporterServer server = ExporterServer.start(new InetSocketAddress("127.0.0.1", 0), collector::collect)) {
            long[] millis = new long[MEASURED];
            Scrape last = null;
            for (int i = -WARM_UP; i < MEASURED; i++) {
                long started = System.nanoTime();
                last = Scrape.get(server.port(), "/metrics", PROMETHEUS_ACCEPT);
                if (i >= 0) {
                    millis[i] = (System.nanoTime() - started) / 1_000_000;
                }
            }
            assertEquals(1, last.sample("arrowhead_up", "gateway", "scale").value());
            assertEquals(expectedVolumes, last.samples("arrowhead_volume_size_bytes").size());
            java.util.Arrays.sort(millis);
            report.add(String.format(Locale.ROOT, "exporter scrape, %,d volumes, --volumes %s: median %d ms, p90 %d ms,"
                + " min %d ms, max %d ms over %d scrapes after %d warm-up; %,d bytes, %,d lines; the last scrape's"
                + " gateway part (request and metrics, arrowhead_scrape_duration_seconds) %.0f ms", VOLUMES, volumes,
                millis[MEASURED / 2], millis[(int) Math.ceil(MEASURED * 0.9) - 1], millis[0], millis[MEASURED - 1],
                MEASURED, WARM_UP, last.body().length(), last.body().lines().count(),
                last.sample("arrowhead_scrape_duration_seconds", "gateway", "scale").value() * 1000));
        }
    }
}
