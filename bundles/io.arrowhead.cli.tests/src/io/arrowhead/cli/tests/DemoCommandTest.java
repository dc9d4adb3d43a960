package io.arrowhead.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.arrowhead.cli.internal.ExitCodes;
import io.arrowhead.cli.internal.demo.CliDemo;
import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.ConnectionSettings;
import io.arrowhead.hosts.HostAuthentication;
import io.arrowhead.hosts.HostDefinition;

/**
 * The demo saves its gateway and hosts for other commands while it runs, removes them when it stops, and replaces
 * what a demo that was killed left behind.
 */
class DemoCommandTest {

    @Test
    void otherCommandsUseTheDemoWhileItRunsAndNotAfter() throws Exception {
        try (DemoFixture fixture = DemoFixture.start(DemoCommandTest.class)) {
            JsonNode gateways = Cli.run("gateway", "list", "--output", "json").expect(ExitCodes.OK).json();
            assertEquals(List.of(CliDemo.GATEWAY_NAME), names(gateways));
            assertEquals(fixture.demo.gatewayUrl(), gateways.get(0).get("url").asText());
            JsonNode hosts = Cli.run("host", "list", "--output", "json").expect(ExitCodes.OK).json();
            assertEquals(CliDemo.HOST_NAMES, names(hosts));
            assertEquals(fixture.host(0).port(), hosts.get(0).get("port").asInt());
            assertEquals("password", hosts.get(0).get("authentication").asText());
            // The certificate is pinned and the host key known: a command in another process connects unasked.
            JsonNode probe = Cli.run("host", "probe", "cli-demo-01", "--output", "json").expect(ExitCodes.OK).json();
            assertEquals(fixture.host(0).sdcGuid(), probe.get("sdcGuid").asText());
            assertEquals(CliDemo.GATEWAY_NAME, probe.get("gateway").asText());
        }
        assertTrue(names(Cli.run("gateway", "list", "-o", "json").expect(ExitCodes.OK).json()).isEmpty());
        assertTrue(names(Cli.run("host", "list", "-o", "json").expect(ExitCodes.OK).json()).isEmpty());
    }

    @Test
    void whatAKilledDemoLeftIsReplaced() throws Exception {
        ScriptedTerminal.unlockSecureStorage();
        ArrowheadCore.connections().add(ConnectionSettings.create(CliDemo.GATEWAY_NAME, "https://127.0.0.1:1",
            "admin"), "left-over".toCharArray());
        ArrowheadCore.hosts().add(CliDemo.HOST_NAMES.get(0), new HostDefinition("127.0.0.1", 2, "arrowhead",
            new HostAuthentication.Password(), false), "left-over".toCharArray());
        ArrowheadCore.shutdown(() -> { });
        try (DemoFixture fixture = DemoFixture.start(DemoCommandTest.class)) {
            JsonNode gateways = Cli.run("gateway", "list", "-o", "json").expect(ExitCodes.OK).json();
            assertEquals(1, gateways.size(), gateways::toString);
            assertEquals(fixture.demo.gatewayUrl(), gateways.get(0).get("url").asText());
            JsonNode hosts = Cli.run("host", "list", "-o", "json").expect(ExitCodes.OK).json();
            assertEquals(CliDemo.HOST_NAMES, names(hosts));
            assertEquals(fixture.host(0).port(), hosts.get(0).get("port").asInt());
        }
        assertFalse(DemoFixture.hostSaved(CliDemo.HOST_NAMES.get(0)));
    }

    @Test
    void helpNamesWhatTheDemoSaves() {
        String help = Cli.run("demo", "--help").expect(ExitCodes.OK).out();
        assertTrue(help.contains("cli-demo-01") && help.contains(CliDemo.GATEWAY_NAME), help);
    }

    static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(node -> names.add(node.get("name").asText()));
        return names;
    }
}
