package io.arrowhead.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.cli.internal.exporter.ExporterServer;
import io.arrowhead.cli.internal.exporter.MetricsCollector;
import io.arrowhead.cli.internal.stats.VolumeSelection;
import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.scaleio.client.Bwc;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.Statistics;
import io.arrowhead.scaleio.client.StatisticsSelection;
import io.arrowhead.scaleio.client.model.StoragePool;
import io.arrowhead.scaleio.simulator.ClusterScenario;

/**
 * The exporter's endpoint against real gateway simulators: both text formats by Accept header, values equal to the
 * simulator's own answer, one statistics request per gateway per scrape, the volume cardinality bound, and a gateway
 * that stops and comes back.
 */
class ExporterTest {

    static final String OPEN_METRICS = "application/openmetrics-text; version=1.0.0; charset=utf-8";
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private SimulatedGateway first;
    private SimulatedGateway second;
    private MetricsCollector collector;
    private ExporterServer server;
    private final StringWriter log = new StringWriter();

    @BeforeEach
    void startGateways() throws Exception {
        first = new SimulatedGateway("exported", ClusterScenario.demo());
        second = new SimulatedGateway("exported-too", ClusterScenario.demo());
        first.connect();
        second.connect();
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (collector != null) {
            collector.close();
        }
        try (SimulatedGateway closing = second) {
            first.close();
        }
    }

    /** Serves the gateways, in place of what was served before. */
    private int serve(VolumeSelection volumes, SimulatedGateway... gateways) throws Exception {
        if (server != null) {
            server.close();
            collector.close();
        }
        List<GatewayConnection> connections = java.util.Arrays.stream(gateways).map(SimulatedGateway::connection)
            .toList();
        collector = new MetricsCollector(ArrowheadCore.connections(), connections, volumes, new PrintWriter(log));
        server = ExporterServer.start(new InetSocketAddress("127.0.0.1", 0), collector::collect);
        return server.port();
    }

    @Test
    void servesOpenMetricsWhenAskedAndThePrometheusTextFormatOtherwise() throws Exception {
        int port = serve(VolumeSelection.NONE, first);

        Scrape open = Scrape.get(port, "/metrics", "application/openmetrics-text;version=1.0.0,"
            + "application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1");
        assertEquals(200, open.status());
        assertEquals(OPEN_METRICS, open.contentType());
        assertTrue(open.body().endsWith("# EOF\n"), open.body());
        assertTrue(open.body().contains("# UNIT arrowhead_pool_capacity_max_bytes bytes"), open.body());

        for (String accept : new String[] { null, "text/plain", "*/*" }) {
            Scrape text = Scrape.get(port, "/metrics", accept);
            assertEquals(200, text.status());
            assertEquals(PROMETHEUS_TEXT, text.contentType(), "Accept: " + accept);
            assertFalse(text.body().contains("# EOF"), text.body());
            assertEquals(1, text.sample("arrowhead_up", "gateway", "exported").value());
        }
        long requestsBefore = first.statisticsCalls();
        Scrape head = Scrape.send("HEAD", port, "/metrics", null);
        assertEquals(200, head.status());
        assertEquals(PROMETHEUS_TEXT, head.contentType());
        assertEquals("", head.body());
        assertEquals(requestsBefore, first.statisticsCalls(), "a HEAD asks the gateway nothing");
        assertEquals(405, Scrape.send("POST", port, "/metrics", null).status());
        assertEquals(404, Scrape.get(port, "/metric", null).status());
        Scrape index = Scrape.get(port, "/", null);
        assertEquals(200, index.status());
        assertTrue(index.body().contains("href=\"/metrics\""), index.body());
    }

    @Test
    void valuesAreTheSimulatorsOwn() throws Exception {
        int port = serve(VolumeSelection.ALL, first);
        GatewayConnection gateway = first.connection();
        StoragePool pool = gateway.model().pools(gateway.model().protectionDomains().getFirst().id()).getFirst();
        Map<String, Statistics> volumes = first.statistics(List.of(StatisticsSelection.all(ObjectType.VOLUME,
            "userDataReadBwc", "userDataWriteBwc"))).of(ObjectType.VOLUME);
        String busiest = busiestFirst(volumes).getFirst();
        Bwc reads = volumes.get(busiest).bwc("userDataReadBwc");
        assertTrue(reads.numOccured() > 0, "the simulator's busiest volume has reads: " + reads);
        long poolKib = first.statistics(List.of(StatisticsSelection.all(ObjectType.STORAGE_POOL,
            "maxCapacityInKb"))).of(ObjectType.STORAGE_POOL, pool.id()).longValue("maxCapacityInKb");

        Scrape scrape = Scrape.get(port, "/metrics", null);

        Scrape.Sample capacity = scrape.sample("arrowhead_pool_capacity_max_bytes", "pool_id", pool.id());
        assertEquals(poolKib * 1024d, capacity.value());
        assertEquals(pool.name(), capacity.label("pool"));
        assertEquals("exported", capacity.label("gateway"));
        assertEquals(gateway.model().system().id(), capacity.label("system_id"));
        Scrape.Sample iops = scrape.sample("arrowhead_volume_io_operations_per_second", "volume_id", busiest,
            "direction", "read");
        assertEquals((double) reads.numOccured() / reads.numSeconds(), iops.value());
        assertEquals(gateway.model().volume(busiest).orElseThrow().name(), iops.label("volume"));
        assertEquals(reads.totalWeightInKb() * 1024d / reads.numSeconds(),
            scrape.sample("arrowhead_volume_io_bytes_per_second", "volume_id", busiest, "direction", "read").value());
    }

    @Test
    void eachScrapeMakesExactlyOneStatisticsRequestPerGateway() throws Exception {
        int port = serve(VolumeSelection.ALL, first, second);
        long firstBefore = first.statisticsCalls();
        long secondBefore = second.statisticsCalls();

        for (int i = 0; i < 3; i++) {
            Scrape scrape = Scrape.get(port, "/metrics", null);
            assertEquals(2, scrape.samples("arrowhead_up").stream().filter(s -> s.value() == 1).count());
        }

        assertEquals(3, first.statisticsCalls() - firstBefore);
        assertEquals(3, second.statisticsCalls() - secondBefore);
    }

    @Test
    void theVolumeOptionBoundsTheVolumesServed() throws Exception {
        Map<String, Statistics> answered = first.statistics(List.of(StatisticsSelection.all(ObjectType.VOLUME,
            "userDataReadBwc", "userDataWriteBwc"))).of(ObjectType.VOLUME);
        int port = serve(VolumeSelection.NONE, first);
        Scrape none = Scrape.get(port, "/metrics", null);
        assertFalse(none.body().contains("\narrowhead_volume_"), none.body());
        assertFalse(none.samples("arrowhead_pool_io_operations_per_second").isEmpty(), "pools are still served");

        port = serve(new VolumeSelection(3), first);
        assertEquals(Set.copyOf(busiestFirst(answered).subList(0, 3)), volumeIds(Scrape.get(port, "/metrics", null)));

        port = serve(VolumeSelection.ALL, first);
        Set<String> all = volumeIds(Scrape.get(port, "/metrics", null));
        assertEquals(answered.keySet(), all);
    }

    @Test
    void aStoppedGatewayIsDownWhileTheOthersAreServedAndComesBackUp() throws Exception {
        int port = serve(VolumeSelection.NONE, first, second);
        assertEquals(1, Scrape.get(port, "/metrics", null).sample("arrowhead_up", "gateway", "exported").value());

        first.stop();
        for (int i = 0; i < 2; i++) {
            Scrape scrape = Scrape.get(port, "/metrics", null);
            assertEquals(200, scrape.status());
            assertEquals(0, scrape.sample("arrowhead_up", "gateway", "exported").value());
            assertEquals(1, scrape.sample("arrowhead_up", "gateway", "exported-too").value());
            assertFalse(scrape.samples("arrowhead_pool_capacity_max_bytes").stream()
                .anyMatch(s -> s.label("gateway").equals("exported")), "no figures of a gateway that is down");
            assertEquals(1, scrape.samples("arrowhead_pool_capacity_max_bytes").stream()
                .map(s -> s.label("gateway")).distinct().count());
        }
        assertEquals(1, log.toString().lines().filter(line -> line.contains("exported gives arrowhead_up 0"))
            .count(), log.toString());

        first.restart();
        double up = 0;
        for (long deadline = System.nanoTime() + 60_000_000_000L; up != 1 && System.nanoTime() < deadline;) {
            up = Scrape.get(port, "/metrics", null).sample("arrowhead_up", "gateway", "exported").value();
        }
        assertEquals(1, up, log.toString());
        assertTrue(log.toString().contains("exported answers again."), log.toString());
    }

    /** Volume ids by read plus write IOPS of the simulator's answer, busiest first, ties by id. */
    static List<String> busiestFirst(Map<String, Statistics> volumes) {
        Comparator<Map.Entry<String, Double>> busiest = Map.Entry.<String, Double>comparingByValue().reversed()
            .thenComparing(Map.Entry::getKey);
        return volumes.entrySet().stream()
            .map(e -> Map.entry(e.getKey(), perSecond(e.getValue().bwc("userDataReadBwc"))
                + perSecond(e.getValue().bwc("userDataWriteBwc"))))
            .sorted(busiest).map(Map.Entry::getKey).toList();
    }

    private static double perSecond(Bwc window) {
        return window == null || window.numSeconds() == 0 ? 0 : (double) window.numOccured() / window.numSeconds();
    }

    private static Set<String> volumeIds(Scrape scrape) {
        return scrape.samples("arrowhead_volume_size_bytes").stream().map(s -> s.label("volume_id"))
            .collect(Collectors.toSet());
    }
}
