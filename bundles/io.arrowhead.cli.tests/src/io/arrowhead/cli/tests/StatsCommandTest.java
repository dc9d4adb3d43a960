package io.arrowhead.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.arrowhead.cli.internal.ExitCodes;
import io.arrowhead.scaleio.client.Bwc;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.Statistics;
import io.arrowhead.scaleio.client.StatisticsSelection;
import io.arrowhead.scaleio.simulator.ClusterScenario;

/** {@code stats} against a simulator whose clock stands still, so that its figures can be checked exactly. */
class StatsCommandTest {

    private SimulatedGateway gateway;

    @BeforeEach
    void start() throws Exception {
        gateway = new SimulatedGateway("stats", ClusterScenario.demo());
    }

    @AfterEach
    void stop() throws Exception {
        gateway.close();
    }

    private Cli.Result stats(String... options) {
        List<String> args = new ArrayList<>(List.of("stats", "--trust-fingerprint", gateway.fingerprint()));
        args.addAll(List.of(options));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void showsTheSystemPoolsBusiestVolumesAndSdcsWithTheSimulatorsFigures() throws Exception {
        Map<String, Statistics> volumes = gateway.statistics(List.of(StatisticsSelection.all(ObjectType.VOLUME,
            "userDataReadBwc", "userDataWriteBwc", "userDataSdcReadLatency"))).of(ObjectType.VOLUME);
        List<String> busiest = ExporterTest.busiestFirst(volumes);
        long callsBefore = gateway.statisticsCalls();

        JsonNode rows = stats("--volumes", "top:2", "--output", "json").expect(ExitCodes.OK).json();

        assertEquals("system", rows.get(0).get("type").asText());
        assertTrue(count(rows, "pool") >= 1, rows.toString());
        assertTrue(count(rows, "sdc") >= 1, rows.toString());
        List<JsonNode> volumeRows = rows(rows, "volume");
        assertEquals(busiest.subList(0, 2), volumeRows.stream().map(r -> r.get("id").asText()).toList());
        JsonNode top = volumeRows.getFirst();
        Bwc reads = volumes.get(busiest.getFirst()).bwc("userDataReadBwc");
        Bwc latency = volumes.get(busiest.getFirst()).bwc("userDataSdcReadLatency");
        assertEquals((double) reads.numOccured() / reads.numSeconds(), top.get("readIops").asDouble());
        assertEquals(reads.totalWeightInKb() * 1024d / reads.numSeconds(), top.get("readBytesPerSecond").asDouble());
        assertEquals(latency.totalWeightInKb() / 1024d / latency.numOccured() * 0.001,
            top.get("readLatencySeconds").asDouble(), 1e-12);
        assertTrue(top.has("sampledAt") && top.has("writeLatencySeconds") && top.has("name"), top.toString());
        assertEquals(1, gateway.statisticsCalls() - callsBefore, "one statistics request");
    }

    @Test
    void volumesAllAndNone() throws Exception {
        int answered = gateway.statistics(List.of(StatisticsSelection.all(ObjectType.VOLUME, "userDataReadBwc")))
            .of(ObjectType.VOLUME).size();
        assertEquals(answered, count(stats("--volumes", "all", "--output", "json").expect(ExitCodes.OK).json(),
            "volume"));
        assertEquals(0, count(stats("--volumes", "none", "--output", "json").expect(ExitCodes.OK).json(),
            "volume"));
    }

    @Test
    void watchPrintsEachTickWithOneRequestEach() {
        Cli.Result watched = stats("--watch", "--interval", "1", "--count", "3", "--volumes", "none", "--output",
            "csv").expect(ExitCodes.OK);
        assertEquals(3, watched.out().lines().filter(line -> line.startsWith("type,name,id,readIops")).count(),
            watched.out());
        assertEquals(3, gateway.statisticsCalls());
    }

    @Test
    void tableForPeople() {
        Cli.Result table = stats().expect(ExitCodes.OK);
        assertTrue(table.out().startsWith("TYPE"), table.out());
        assertTrue(table.out().contains("READ IOPS") && table.out().contains("/s") && table.out().contains(" ms"),
            table.out());
    }

    @Test
    void wrongOptionsAreUsageErrors() {
        assertTrue(stats("--volumes", "top:0").expect(ExitCodes.USAGE).err().contains("use all, none or top:N"));
        assertTrue(stats("--count", "2").expect(ExitCodes.USAGE).err().contains("--count needs --watch"));
        assertTrue(stats("--watch", "--interval", "0").expect(ExitCodes.USAGE).err()
            .contains("at least 1 second"));
    }

    @Test
    void anUnreachableGatewayExitsWithSix() {
        gateway.stop();
        assertTrue(stats().expect(ExitCodes.UNREACHABLE).err().contains("127.0.0.1"));
    }

    private static List<JsonNode> rows(JsonNode rows, String type) {
        List<JsonNode> found = new ArrayList<>();
        rows.forEach(row -> {
            if (row.get("type").asText().equals(type)) {
                found.add(row);
            }
        });
        return found;
    }

    private static int count(JsonNode rows, String type) {
        return rows(rows, type).size();
    }
}
