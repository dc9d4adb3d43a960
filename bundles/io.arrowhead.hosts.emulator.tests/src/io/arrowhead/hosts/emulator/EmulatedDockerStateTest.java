package io.arrowhead.hosts.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.arrowhead.hosts.DockerVolume;
import io.arrowhead.hosts.emulator.EmulatorFixture.Result;

/** With a state file, an emulated host's Docker volumes and containers outlive a restart, as on a real host. */
class EmulatedDockerStateTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path directory;
    private static EmulatorFixture fixture;

    @BeforeAll
    static void startSimulator() throws Exception {
        fixture = new EmulatorFixture(directory);
    }

    @AfterAll
    static void stopSimulator() throws Exception {
        fixture.close();
    }

    @AfterEach
    void stopHosts() throws Exception {
        fixture.closeHosts();
    }

    @Test
    void volumesAndContainersSurviveARestartOfTheHost() throws Exception {
        EmulatedHostSettings settings = settings("kept");
        Path state = directory.resolve("kept.docker.json");
        EmulatedDockerHost host = fixture.startHost(settings, state);
        assertEquals(0, fixture.run(host, "docker", "volume", "create", "--label", "owner=test", "data").exitCode());
        assertEquals(0, fixture.run(host, "docker", "volume", "create", "scratch").exitCode());
        String id = host.startContainer("web", "data");
        host.startContainer("job", "scratch");
        host.stopContainer("job");
        assertEquals(List.of("web running", "job exited"),
                containers(host).stream().map(c -> c.substring(0, c.lastIndexOf(' '))).toList());
        List<String> before = containers(host);
        fixture.closeHosts();

        EmulatedDockerHost restarted = fixture.startHost(settings, state);
        assertEquals(new Result(0, "data\nscratch\n", ""), fixture.run(restarted, "docker", "volume", "ls", "-q"));
        assertEquals(Map.of("owner", "test"), restarted.dockerVolumes().getFirst().labels());
        assertEquals(before, containers(restarted));
        assertEquals(id + "\n", fixture.run(restarted, "docker", "ps", "-q", "--no-trunc").stdout());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(state)));
    }

    @Test
    void removingAVolumeWithItsContainersIsSavedToo() throws Exception {
        EmulatedHostSettings settings = settings("removed");
        Path state = directory.resolve("removed.docker.json");
        EmulatedDockerHost host = fixture.startHost(settings, state);
        host.startContainer("web", "data");
        host.startContainer("other", "other-data");
        assertEquals(List.of("web"), host.removeDockerVolume("data"));
        fixture.closeHosts();

        EmulatedDockerHost restarted = fixture.startHost(settings, state);
        assertEquals(List.of("other-data"), restarted.dockerVolumes().stream().map(DockerVolume::name).toList());
        assertEquals(List.of("other"), containers(restarted).stream().map(c -> c.split(" ")[0]).toList());
    }

    @Test
    void aFailedSaveFailsTheCommandAndChangesNothing() throws Exception {
        Path state = directory.resolve("failing.docker.json");
        EmulatedDockerHost host = fixture.startHost(settings("failing"), state);
        assertEquals(0, fixture.run(host, "docker", "volume", "create", "kept").exitCode());
        Files.delete(state);
        Files.createDirectories(state.resolve("taken")); // the file's place is taken, so the save's final move fails

        Result refused = fixture.run(host, "docker", "volume", "create", "lost");
        assertEquals(1, refused.exitCode());
        assertTrue(refused.stderr().contains(state.toString()), refused.stderr());
        assertEquals(new Result(0, "kept\n", ""), fixture.run(host, "docker", "volume", "ls", "-q"));
        assertThrows(UncheckedIOException.class, () -> host.startContainer("web", "kept"));
        assertEquals("", fixture.run(host, "docker", "ps", "-a", "-q").stdout());
        assertEquals(List.of("taken"), names(state));
    }

    @Test
    void anUnreadableStateFileStopsTheHostFromStartingAndIsLeftAlone() throws Exception {
        Path state = Files.writeString(directory.resolve("broken.docker.json"), "{\"volumes\": [{\"name\": 7}]}");
        IOException failure = assertThrows(IOException.class, () -> fixture.startHost(settings("broken"), state));
        assertTrue(failure.getMessage().contains(state.toString()), failure.getMessage());
        assertEquals("{\"volumes\": [{\"name\": 7}]}", Files.readString(state));
    }

    private static EmulatedHostSettings settings(String name) {
        return new EmulatedHostSettings(fixture.uniqueName(name), EmulatorFixture.USER,
                fixture.userKey.getPublic(), null, directory.resolve(name + ".hostkey"), 0);
    }

    /** "name state id" per container, in Docker's order. */
    private static List<String> containers(EmulatedDockerHost host) throws Exception {
        String lines = fixture.run(host, "docker", "ps", "-a", "--format", "{{json .}}").stdout();
        List<String> containers = new ArrayList<>();
        for (String line : lines.lines().toList()) {
            JsonNode container = JSON.readTree(line);
            containers.add(container.get("Names").asText() + " " + container.get("State").asText() + " "
                    + container.get("ID").asText());
        }
        return containers;
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
