package io.arrowhead.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.simulator.ClusterScenario;

/** The {@code exporter} command itself: it serves the gateways it is given until interrupted, and checks its options. */
class ExporterCommandTest {

    private SimulatedGateway first;
    private SimulatedGateway other;

    @BeforeEach
    void startGateways() throws Exception {
        first = new SimulatedGateway("exported", ClusterScenario.demo());
        other = new SimulatedGateway("not-exported", ClusterScenario.demo());
    }

    @AfterEach
    void stop() throws Exception {
        try (SimulatedGateway closing = other) {
            first.close();
        }
    }

    @Test
    void theCommandServesTheGatewaysItIsGivenUntilInterrupted() throws Exception {
        ScriptedTerminal terminal = new ScriptedTerminal(false);
        int[] exitCode = { -1 };
        Thread command = Thread.ofPlatform().name("exporter command").start(() -> exitCode[0] = Cli.run(terminal,
            "exporter", "--listen", "127.0.0.1:0", "--gateway", "exported", "--trust-fingerprint",
            first.fingerprint(), "--volumes", "none").exitCode());
        Matcher serving = Pattern.compile("at http://127\\.0\\.0\\.1:(\\d+)/metrics").matcher("");
        for (long deadline = System.nanoTime() + 60_000_000_000L; !serving.reset(terminal.errors()).find();) {
            assertTrue(System.nanoTime() < deadline && command.isAlive(), terminal.errors());
            Thread.sleep(50);
        }
        Scrape scrape = Scrape.get(Integer.parseInt(serving.group(1)), "/metrics", null);
        assertEquals(List.of("exported"), scrape.samples("arrowhead_up").stream().map(s -> s.label("gateway"))
            .toList());
        assertEquals(1, scrape.sample("arrowhead_up", "gateway", "exported").value());

        command.interrupt();
        command.join(60_000);
        assertFalse(command.isAlive(), "stopped");
        assertEquals(0, exitCode[0], terminal.errors());
    }

    @Test
    void wrongOptionsAreUsageErrorsAndAnUnknownGatewayIsNotFound() {
        assertTrue(Cli.run("exporter", "--listen", "9700").expect(2).err().contains("give HOST:PORT"));
        assertTrue(Cli.run("exporter", "--listen", "127.0.0.1:99999").expect(2).err().contains("0 to 65535"));
        assertTrue(Cli.run("exporter", "--volumes", "top:many").expect(2).err().contains("top:N"));
        assertTrue(Cli.run("exporter", "--gateway", "nowhere").expect(3).err()
            .contains("No gateway is named nowhere. Configured: "));
    }
}
