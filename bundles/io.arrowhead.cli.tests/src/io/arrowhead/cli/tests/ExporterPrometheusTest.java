package io.arrowhead.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.arrowhead.cli.internal.exporter.ExporterServer;
import io.arrowhead.cli.internal.exporter.MetricsCollector;
import io.arrowhead.cli.internal.stats.VolumeSelection;
import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.StatisticsSelection;
import io.arrowhead.scaleio.client.model.StoragePool;
import io.arrowhead.scaleio.simulator.ClusterScenario;

/**
 * A real Prometheus (Debian's package; the binary from the system property {@code arrowhead.prometheus}) scrapes the
 * exporter every second; its query API must give a pool's capacity equal to the simulator's and arrowhead_up 1,
 * then 0 once the simulator is stopped.
 */
class ExporterPrometheusTest {

    private static final Duration DOES_NOT_HANG = Duration.ofSeconds(90);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;
    private SimulatedGateway gateway;
    private MetricsCollector collector;
    private ExporterServer server;
    private Process prometheus;
    private int prometheusPort;

    @BeforeEach
    void start() throws Exception {
        Path binary = Path.of(System.getProperty("arrowhead.prometheus", "/usr/bin/prometheus"));
        assertTrue(Files.isExecutable(binary), "Prometheus is needed at " + binary + ": install Debian's package"
            + " (apt-get install prometheus), or set the system property arrowhead.prometheus to its binary.");
        gateway = new SimulatedGateway("scraped", ClusterScenario.demo());
        GatewayConnection connection = gateway.connect();
        collector = new MetricsCollector(ArrowheadCore.connections(), List.of(connection), VolumeSelection.NONE,
            new PrintWriter(new StringWriter()));
        server = ExporterServer.start(new InetSocketAddress("127.0.0.1", 0), collector::collect);
        Files.writeString(directory.resolve("prometheus.yml"), """
            global:
              scrape_interval: 1s
              scrape_timeout: 1s
            scrape_configs:
              - job_name: arrowhead
                static_configs:
                  - targets: ['127.0.0.1:%d']
            """.formatted(server.port()));
        try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            prometheusPort = free.getLocalPort();
        }
        prometheus = new ProcessBuilder(binary.toString(), "--config.file=" + directory.resolve("prometheus.yml"),
            "--storage.tsdb.path=" + directory.resolve("data"), "--web.listen-address=127.0.0.1:" + prometheusPort,
            "--log.level=warn").redirectErrorStream(true).redirectOutput(directory.resolve("prometheus.log").toFile())
            .start();
    }

    @AfterEach
    void stop() throws Exception {
        try {
            if (prometheus != null) {
                prometheus.destroy();
                if (!prometheus.waitFor(20, TimeUnit.SECONDS)) {
                    prometheus.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
                }
            }
        } finally {
            if (server != null) {
                server.close();
            }
            if (collector != null) {
                collector.close();
            }
            gateway.close();
        }
    }

    @Test
    void prometheusSeesThePoolCapacityAndTheGatewayGoingDown() throws Exception {
        StoragePool pool = gateway.connection().model().pools(gateway.connection().model().protectionDomains()
            .getFirst().id()).getFirst();
        long poolKib = gateway.statistics(List.of(StatisticsSelection.all(ObjectType.STORAGE_POOL,
            "maxCapacityInKb"))).of(ObjectType.STORAGE_POOL, pool.id()).longValue("maxCapacityInKb");

        await("two scrapes", "count_over_time(arrowhead_up{gateway=\"scraped\"}[1m])", value -> value >= 2);
        assertEquals(poolKib * 1024d, query("arrowhead_pool_capacity_max_bytes{pool_id=\"" + pool.id() + "\"}"));
        assertEquals(1, query("arrowhead_up{gateway=\"scraped\"}"));

        gateway.stop();
        await("arrowhead_up 0", "arrowhead_up{gateway=\"scraped\"}", value -> value == 0);
    }

    private void await(String what, String expression, java.util.function.DoublePredicate wanted)
        throws Exception {
        long deadline = System.nanoTime() + DOES_NOT_HANG.toNanos();
        Double last = null;
        while (System.nanoTime() < deadline) {
            assertTrue(prometheus.isAlive(), () -> "Prometheus exited: " + log());
            last = queryOrNull(expression);
            if (last != null && wanted.test(last)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Prometheus never saw " + what + "; last " + expression + " = " + last + "\n"
            + log());
    }

    private double query(String expression) throws Exception {
        Double value = queryOrNull(expression);
        if (value == null) {
            throw new AssertionError("Prometheus has no value of " + expression + "\n" + log());
        }
        return value;
    }

    /** The value of an instant query with one series, or null while Prometheus has none (or is not up yet). */
    private Double queryOrNull(String expression) throws InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + prometheusPort + "/api/v1/query?query="
            + URLEncoder.encode(expression, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofString());
            JsonNode result = JSON.readTree(response.body()).path("data").path("result");
            if (response.statusCode() != 200 || result.size() != 1) {
                return null;
            }
            return Double.parseDouble(result.get(0).path("value").get(1).asText());
        } catch (IOException notListeningYet) {
            return null;
        }
    }

    private String log() {
        try {
            return Files.readString(directory.resolve("prometheus.log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
