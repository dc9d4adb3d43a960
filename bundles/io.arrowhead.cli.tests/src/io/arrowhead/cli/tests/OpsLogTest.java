package io.arrowhead.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.arrowhead.cli.internal.ExitCodes;
import io.arrowhead.scaleio.client.model.Volume;

/** ops list and ops show read the operations log that attach and detach wrote, newest first, with their steps. */
class OpsLogTest {

    private static DemoFixture fixture;

    @BeforeAll
    static void startDemo() throws Exception {
        fixture = DemoFixture.start(OpsLogTest.class);
    }

    @AfterAll
    static void stopDemo() throws Exception {
        fixture.close();
    }

    @Test
    void listAndShowTheOperationsJustRun() throws Exception {
        Volume volume = fixture.unmappedVolume(2);
        String attachId = Cli.run("attach", volume.name(), "--host", "cli-demo-02", "--gateway", "cli-demo",
            "--docker-volume", "cli-ops-test", "-o", "json").expect(ExitCodes.OK).json().get("id").asText();
        String detachId = Cli.run("detach", "cli-ops-test", "--host", "cli-demo-02", "--gateway", "cli-demo",
            "--yes", "-o", "json").expect(ExitCodes.OK).json().get("id").asText();

        JsonNode latest = Cli.run("ops", "list", "--limit", "2", "-o", "json").expect(ExitCodes.OK).json();
        assertEquals(2, latest.size());
        assertEquals(detachId, latest.get(0).get("id").asText());
        assertEquals("DETACH", latest.get(0).get("kind").asText());
        assertEquals(attachId, latest.get(1).get("id").asText());
        assertEquals(volume.name(), latest.get(1).get("volumeName").asText());
        assertEquals(List.of("id", "start", "kind", "outcome", "volumeName", "dockerVolume", "hosts", "durationMs"),
            HostCommandsTest.fields(latest.get(0)));

        String table = Cli.run("ops", "list").expect(ExitCodes.OK).out();
        assertTrue(table.contains(attachId.substring(0, 8)) && table.contains("cli-ops-test"), table);

        JsonNode shown = Cli.run("ops", "show", attachId.substring(0, 8), "-o", "json").expect(ExitCodes.OK).json();
        assertEquals(attachId, shown.get("id").asText());
        assertEquals("SUCCEEDED", shown.get("outcome").asText());
        JsonNode steps = shown.get("steps");
        assertTrue(steps.size() >= 3, steps::toString);
        assertEquals(List.of("name", "outcome", "durationMs", "detail"), HostCommandsTest.fields(steps.get(0)));
        steps.forEach(step -> assertEquals("DONE", step.get("outcome").asText(), step::toString));

        String shownTable = Cli.run("ops", "show", detachId).expect(ExitCodes.OK).out();
        assertTrue(shownTable.contains("STEP") && shownTable.contains("Unmap"), shownTable);
    }

    @Test
    void anUnknownOperationIsNotFoundAndALimitBelowOneIsUsage() {
        Cli.run("ops", "show", "ffffffff-0000").expect(ExitCodes.NOT_FOUND);
        Cli.run("ops", "list", "--limit", "0").expect(ExitCodes.USAGE);
    }
}
