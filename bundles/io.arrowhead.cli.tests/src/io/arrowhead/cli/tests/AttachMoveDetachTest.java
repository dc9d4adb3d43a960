package io.arrowhead.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.arrowhead.cli.internal.ExitCodes;
import io.arrowhead.scaleio.client.model.Volume;

/**
 * attach, move and detach on the demo's emulated hosts, through the core's host operations: each step on standard
 * error, the record on standard output, the Docker volume where it should be; detach refused while a container uses
 * the volume, naming it; nothing destructive without --yes off a terminal.
 */
class AttachMoveDetachTest {

    private static final String DOCKER_VOLUME = "cli-attach-test";
    private static DemoFixture fixture;

    @BeforeAll
    static void startDemo() throws Exception {
        fixture = DemoFixture.start(AttachMoveDetachTest.class);
    }

    @AfterAll
    static void stopDemo() throws Exception {
        fixture.close();
    }

    @Test
    void attachMoveAndDetachAVolume() throws Exception {
        Volume volume = fixture.unmappedVolume(0);
        Cli.Result attached = Cli.run("attach", volume.name(), "--host", "cli-demo-01", "--gateway", "cli-demo",
            "--docker-volume", DOCKER_VOLUME, "--filesystem", "xfs", "--output", "json").expect(ExitCodes.OK);
        JsonNode record = attached.json();
        assertEquals("ATTACH", record.get("kind").asText());
        assertEquals("SUCCEEDED", record.get("outcome").asText());
        assertEquals(volume.id(), record.get("volumeId").asText());
        assertEquals(DOCKER_VOLUME, record.get("dockerVolume").asText());
        assertEquals(List.of("id", "kind", "outcome", "volumeName", "volumeId", "dockerVolume", "hosts", "gateway",
            "start", "end", "durationMs", "who", "message"), HostCommandsTest.fields(record));
        assertTrue(attached.err().contains("[done] Map "), attached.err());
        assertTrue(fixture.hasDockerVolume(0, DOCKER_VOLUME));
        assertEquals("xfs", fixture.host(0).dockerVolumes().stream().filter(v -> v.name().equals(DOCKER_VOLUME))
            .findFirst().orElseThrow().filesystemType());

        fixture.host(0).startContainer("web", DOCKER_VOLUME);
        Cli.Result inUse = Cli.run("detach", DOCKER_VOLUME, "--host", "cli-demo-01", "--gateway", "cli-demo",
            "--yes").expect(ExitCodes.FAILURE);
        assertTrue(inUse.err().contains("used by web (running)"), inUse.err());
        Cli.Result moveInUse = Cli.run("move", DOCKER_VOLUME, "--from", "cli-demo-01", "--to", "cli-demo-02",
            "--gateway", "cli-demo", "--yes").expect(ExitCodes.FAILURE);
        assertTrue(moveInUse.err().contains("web"), moveInUse.err());
        fixture.host(0).stopContainer("web");
        fixture.host(0).removeContainer("web");

        Cli.Result unconfirmed = Cli.run("move", DOCKER_VOLUME, "--from", "cli-demo-01", "--to", "cli-demo-02",
            "--gateway", "cli-demo").expect(ExitCodes.USAGE);
        assertTrue(unconfirmed.err().contains("--yes"), unconfirmed.err());
        ScriptedTerminal no = new ScriptedTerminal(true, "n");
        Cli.run(no, "move", DOCKER_VOLUME, "--from", "cli-demo-01", "--to", "cli-demo-02", "--gateway", "cli-demo")
            .expect(ExitCodes.FAILURE);
        assertEquals(1, no.questions().size(), no.questions()::toString);
        assertTrue(fixture.hasDockerVolume(0, DOCKER_VOLUME), "nothing moved without a yes");

        JsonNode moved = Cli.run(new ScriptedTerminal(true, "y"), "move", DOCKER_VOLUME, "--from", "cli-demo-01",
            "--to", "cli-demo-02", "--gateway", "cli-demo", "-o", "json").expect(ExitCodes.OK).json();
        assertEquals("MOVE", moved.get("kind").asText());
        assertEquals("cli-demo-01,cli-demo-02", moved.get("hosts").asText());
        assertFalse(fixture.hasDockerVolume(0, DOCKER_VOLUME));
        assertTrue(fixture.hasDockerVolume(1, DOCKER_VOLUME));

        Cli.run("detach", DOCKER_VOLUME, "--host", "cli-demo-02", "--gateway", "cli-demo").expect(ExitCodes.USAGE);
        Cli.Result detached = Cli.run("detach", DOCKER_VOLUME, "--host", "cli-demo-02", "--gateway", "cli-demo",
            "--yes").expect(ExitCodes.OK);
        assertTrue(detached.out().contains("SUCCEEDED"), detached.out());
        assertTrue(detached.err().contains("[done] Unmap "), detached.err());
        assertFalse(fixture.hasDockerVolume(1, DOCKER_VOLUME));
        Cli.run("detach", DOCKER_VOLUME, "--host", "cli-demo-02", "--gateway", "cli-demo", "--yes")
            .expect(ExitCodes.NOT_FOUND);
    }

    @Test
    void whatCannotBeFoundExitsWithThree() {
        Cli.run("attach", "no-such-volume", "--host", "cli-demo-01", "--gateway", "cli-demo")
            .expect(ExitCodes.NOT_FOUND);
        Cli.run("attach", "whatever", "--host", "no-such-host", "--gateway", "cli-demo").expect(ExitCodes.NOT_FOUND);
        Cli.run("attach", "whatever", "--host", "cli-demo-01", "--gateway", "cli-demo", "--profile", "none-such")
            .expect(ExitCodes.NOT_FOUND);
    }

    @Test
    void aFailedAttachIsRolledBackAndSaysSo() throws Exception {
        Volume volume = fixture.unmappedVolume(1);
        fixture.host(0).setDeviceAppearance(false);
        try {
            Cli.Result failed = Cli.run("attach", volume.name(), "--host", "cli-demo-01", "--gateway", "cli-demo",
                "--docker-volume", "cli-never-there", "--device-timeout", "1", "-o", "json");
            assertEquals(ExitCodes.UNREACHABLE, failed.exitCode(), failed::toString);
            assertEquals("FAILED_ROLLED_BACK", failed.json().get("outcome").asText());
            assertTrue(failed.err().contains("[undone]"), failed.err());
            assertFalse(fixture.hasDockerVolume(0, "cli-never-there"));
        } finally {
            fixture.host(0).setDeviceAppearance(true);
        }
    }
}
