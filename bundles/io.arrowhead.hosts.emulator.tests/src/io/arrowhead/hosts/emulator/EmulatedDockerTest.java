package io.arrowhead.hosts.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.arrowhead.hosts.DockerNames;
import io.arrowhead.hosts.emulator.EmulatorFixture.Result;

/** The emulated Docker daemon: version, the volume lifecycle, references from containers, and a stopped daemon. */
class EmulatedDockerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path directory;
    private static EmulatorFixture fixture;
    private EmulatedDockerHost host;

    @BeforeAll
    static void startSimulator() throws Exception {
        fixture = new EmulatorFixture(directory);
    }

    @AfterAll
    static void stopSimulator() throws Exception {
        fixture.close();
    }

    @BeforeEach
    void startHost() throws Exception {
        host = fixture.startHost(fixture.uniqueName("docker"));
    }

    @AfterEach
    void stopHost() throws Exception {
        fixture.closeHosts();
    }

    /** A formatted ScaleIO device on the host, and the docker volume create arguments for it. */
    private String[] createArguments(String volumeName) throws Exception {
        String volumeId = fixture.createVolume(volumeName + "-sio");
        fixture.map(volumeId, host);
        EmulatorFixture.settle();
        String link = "/dev/disk/by-id/emc-vol-" + fixture.systemId() + "-" + volumeId;
        assertEquals(0, fixture.run(host, "mkfs.ext4", "-q", link).exitCode());
        return new String[] {"volume", "create", "--driver", "local", "--opt", "type=ext4", "--opt",
            "device=" + link, "--label", "io.arrowhead.scaleio.system-id=" + fixture.systemId(), "--label",
            "io.arrowhead.scaleio.volume-id=" + volumeId, volumeName};
    }

    @Test
    void versionIsTheEmulatedOne() throws Exception {
        assertEquals(new Result(0, "24.0.0-arrowhead-emulated\n", ""),
                fixture.run(host, "docker", "version", "--format", "{{.Server.Version}}"));
    }

    @Test
    void aVolumeIsCreatedInspectedListedAndRemoved() throws Exception {
        assertEquals(new Result(0, "data-1\n", ""), fixture.run(host, "docker", createArguments("data-1")));
        Result inspected = fixture.run(host, "docker", "volume", "inspect", "data-1");
        assertEquals(0, inspected.exitCode(), inspected.stderr());
        JsonNode volume = JSON.readTree(inspected.stdout()).get(0);
        assertEquals("local", volume.get("Driver").asText());
        assertEquals("data-1", volume.get("Name").asText());
        assertEquals("ext4", volume.get("Options").get("type").asText());
        assertEquals(fixture.systemId(), volume.get("Labels").get("io.arrowhead.scaleio.system-id").asText());
        assertEquals("/var/lib/docker/volumes/data-1/_data", volume.get("Mountpoint").asText());
        assertEquals("local", volume.get("Scope").asText());
        assertEquals(new Result(0, "data-1\n", ""), fixture.run(host, "docker", "volume", "ls", "-q"));

        assertEquals(new Result(0, "data-1\n", ""), fixture.run(host, "docker", "volume", "rm", "data-1"));
        assertEquals(new Result(0, "", ""), fixture.run(host, "docker", "volume", "ls", "-q"));
        Result missing = fixture.run(host, "docker", "volume", "inspect", "data-1");
        assertEquals(new Result(1, "[]\n", "Error: No such volume: data-1\n"), missing);
    }

    @Test
    void aVolumeReferencedByAContainerIsRefusedUntilTheContainerIsRemoved() throws Exception {
        fixture.run(host, "docker", createArguments("data-2"));
        String id = host.startContainer("web", "data-2");
        String psLine = fixture.run(host, "docker", "ps", "-a", "--filter", "volume=data-2", "--format",
                "{{json .}}").stdout();
        JsonNode container = JSON.readTree(psLine);
        assertEquals(id.substring(0, 12), container.get("ID").asText());
        assertEquals("web", container.get("Names").asText());
        assertEquals("running", container.get("State").asText());
        assertTrue(container.get("Status").asText().startsWith("Up "), psLine);

        host.stopContainer("web");
        Result refused = fixture.run(host, "docker", "volume", "rm", "data-2");
        assertEquals(new Result(1, "", "Error response from daemon: remove data-2: volume is in use - [" + id
                + "]\n"), refused);
        assertEquals("exited", JSON.readTree(fixture.run(host, "docker", "ps", "-a", "--filter", "volume=data-2",
                "--format", "{{json .}}").stdout()).get("State").asText());

        host.removeContainer("web");
        assertEquals(0, fixture.run(host, "docker", "volume", "rm", "data-2").exitCode());
    }

    @Test
    void aContainerCannotMountAVolumeWhoseDeviceIsNotOnThisHost() throws Exception {
        String missing = "/dev/disk/by-id/emc-vol-" + fixture.systemId() + "-00000000deadbeef";
        assertEquals(0, fixture.run(host, "docker", "volume", "create", "--driver", "local", "--opt", "type=ext4",
                "--opt", "device=" + missing, "orphan").exitCode(), "create only records, as in Docker");
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> host.startContainer("app", "orphan"));
        assertTrue(failure.getMessage().contains("no such file or directory"), failure.getMessage());
    }

    @Test
    void invalidNamesAndOptionsAreRefusedLikeDocker() throws Exception {
        Result badName = fixture.run(host, "docker", "volume", "create", "a b");
        assertEquals(1, badName.exitCode());
        assertTrue(badName.stderr().contains("includes invalid characters for a local volume name"));
        Result badOption = fixture.run(host, "docker", "volume", "create", "--opt", "colour=blue", "tinted");
        assertEquals(1, badOption.exitCode());
        assertTrue(badOption.stderr().contains("invalid option"), badOption.stderr());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "ab", "0a", "a.", "a_", ".a", "_a", "a b", "a/b"})
    void theEmulatedDockerAndTheHostLayerAgreeOnVolumeNames(String name) throws Exception {
        Result created = fixture.run(host, "docker", "volume", "create", name);
        assertEquals(DockerNames.isVolumeName(name), created.exitCode() == 0, name + ": " + created);
    }

    @Test
    void tooShortAndTooLongNamesFailAsInDocker() throws Exception {
        Result shortName = fixture.run(host, "docker", "volume", "create", "a");
        assertEquals(new Result(1, "", "Error response from daemon: create a: volume name is too short, names "
                + "should be at least two alphanumeric characters\n"), shortName);
        String longest = "b".repeat(DockerNames.MAX_VOLUME_NAME_LENGTH);
        assertEquals(new Result(0, longest + "\n", ""), fixture.run(host, "docker", "volume", "create", longest));
        Result tooLong = fixture.run(host, "docker", "volume", "create", longest + "b");
        assertEquals(1, tooLong.exitCode());
        assertTrue(tooLong.stderr().endsWith(": file name too long\n"), tooLong.stderr());
        assertFalse(DockerNames.isVolumeName(longest + "b"));
    }

    @Test
    void aStoppedDaemonFailsEveryDockerCommand() throws Exception {
        host.setDockerRunning(false);
        String message = "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. "
                + "Is the docker daemon running?\n";
        assertEquals(new Result(1, "", message),
                fixture.run(host, "docker", "version", "--format", "{{.Server.Version}}"));
        assertEquals(new Result(1, "", message), fixture.run(host, "docker", "volume", "ls", "-q"));
        assertThrows(IllegalStateException.class, () -> host.startContainer("web", "data"));
        host.setDockerRunning(true);
        assertEquals(0, fixture.run(host, "docker", "volume", "ls", "-q").exitCode());
    }
}
