package io.arrowhead.scaleio.simulator.internal.cluster;

import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.CLOCK;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.action;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.createVolume;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.everything;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.get;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.post;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.volumeNames;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.simulator.ClusterScenario;
import io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.Answer;

class PersistenceTest {

    private static final ClusterScenario SMALL = new ClusterScenario(11, "saved", 1, 2, 3, 2, 512, 6, 20, 50, 20, 3, 1);

    private Path directory;

    @BeforeEach
    void createDirectory() throws IOException {
        directory = ClusterTestSupport.newDirectory();
    }

    @AfterEach
    void deleteDirectory() throws IOException {
        ClusterTestSupport.deleteDirectory(directory);
    }

    @Test
    void aNewClusterIsSavedAtOnceAndReopensIdentically() throws IOException {
        Path file = directory.resolve("state.json");
        String volumeId;
        String before;
        try (SimulatedCluster cluster = SimulatedCluster.open(file, SMALL, CLOCK)) {
            assertTrue(Files.exists(file));
            volumeId = createVolume(cluster, "kept", 16);
            String sdcId = ClusterTestSupport.sdcIds(cluster).get(0);
            post(cluster, action(volumeId, "addMappedSdc"), "{\"sdcId\":\"" + sdcId + "\"}").assertOk();
            post(cluster, action(volumeId, "setMappedSdcLimits"),
                    "{\"sdcId\":\"" + sdcId + "\",\"iopsLimit\":\"700\",\"bandwidthLimitInKbps\":\"4096\"}").assertOk();
            post(cluster, "/api/instances/System/action/snapshotVolumes",
                    "{\"snapshotDefs\":[{\"volumeId\":\"" + volumeId + "\",\"snapshotName\":\"kept-s\"}]}").assertOk();
            cluster.registerSdc("B0E3BFB8-C20B-43BF-93C8-13339E85AA50", "10.0.200.1", "late-host");
            before = everything(cluster);
        }
        try (SimulatedCluster reopened = SimulatedCluster.open(file, ClusterScenario.demo(), CLOCK)) {
            assertEquals(before, everything(reopened));
            assertEquals(4, ClusterTestSupport.volume(reopened, volumeId).path("mappedSdcInfo").get(0)
                    .path("limitBwInMbps").asLong());
        }
    }

    @Test
    void idsOfRemovedObjectsAreNotReusedAfterARestart() throws IOException {
        Path file = directory.resolve("state.json");
        String removed;
        try (SimulatedCluster cluster = SimulatedCluster.open(file, SMALL, CLOCK)) {
            removed = createVolume(cluster, "short-lived", 8);
            post(cluster, action(removed, "removeVolume"), "{\"removeMode\":\"ONLY_ME\"}").assertOk();
        }
        try (SimulatedCluster reopened = SimulatedCluster.open(file, SMALL, CLOCK)) {
            String next = createVolume(reopened, "newcomer", 8);
            assertNotEquals(removed, next);
            assertTrue(Long.parseLong(next.substring(8), 16) > Long.parseLong(removed.substring(8), 16));
        }
    }

    @Test
    void aChangeIsOnDiskWhenItIsAnswered() throws Exception {
        Path file = directory.resolve("state.json");
        try (SimulatedCluster cluster = SimulatedCluster.open(file, SMALL, CLOCK)) {
            String volumeId = createVolume(cluster, "saved-before-the-answer", 8);
            assertTrue(recoveredVolumeNames(Crash.image(directory, "after-create"))
                    .contains("saved-before-the-answer"));
            post(cluster, action(volumeId, "setVolumeName"), "{\"newName\":\"renamed\"}").assertOk();
            assertTrue(recoveredVolumeNames(Crash.image(directory, "after-rename")).contains("renamed"));
            cluster.registerSdc("0F6D8A4B-8C4E-4B9A-9E57-3C7B9E1D2A10", "10.0.200.2", "agent-host");
            try (SimulatedCluster recovered = SimulatedCluster.open(Crash.image(directory, "after-register"), SMALL,
                    CLOCK)) {
                assertTrue(get(recovered, "/api/types/Sdc/instances").json().toString().contains("agent-host"));
            }
        }
    }

    @Test
    void aChangeThatCannotBeSavedIsRefusedAndSavedWithTheNextOne() throws Exception {
        Path file = directory.resolve("state.json");
        try (SimulatedCluster cluster = SimulatedCluster.open(file, SMALL, CLOCK)) {
            List<Path> blocked = new ArrayList<>();
            for (int number = 1; number <= 20; number++) { // a directory with content cannot take a journal record
                Path journalFile = directory.resolve("state.json.journal-" + number);
                Files.createDirectories(journalFile.resolve("occupant"));
                blocked.add(journalFile);
            }
            String poolId = ClusterTestSupport.firstPoolId(cluster);
            Answer refused = post(cluster, "/api/types/Volume/instances",
                    "{\"storagePoolId\":\"" + poolId + "\",\"volumeSizeInGb\":\"8\",\"name\":\"unsaved\"}");
            assertEquals(500, refused.status());
            assertTrue(refused.json().path("message").asText().startsWith(
                    "The change was made but could not be saved in the simulator's state file ("), refused.json()
                    .toString());
            for (Path journalFile : blocked) {
                ClusterTestSupport.deleteDirectory(journalFile);
            }
            createVolume(cluster, "saved-later", 8);
            try (SimulatedCluster recovered = SimulatedCluster.open(Crash.image(directory, "crash"), SMALL, CLOCK)) {
                assertEquals(List.of("unsaved", "saved-later"), volumeNames(recovered).subList(
                        volumeNames(recovered).size() - 2, volumeNames(recovered).size()));
            }
        }
        try (SimulatedCluster reopened = SimulatedCluster.open(file, SMALL, CLOCK)) {
            for (String name : new String[] { "unsaved", "saved-later" }) {
                assertEquals(200, post(reopened, "/api/types/Volume/instances/action/queryIdByKey",
                        "{\"name\":\"" + name + "\"}").status(), name);
            }
        }
    }

    @Test
    void aLeftoverTemporaryFileDoesNotHurt() throws IOException {
        Path file = directory.resolve("state.json");
        SimulatedCluster.open(file, SMALL, CLOCK).close();
        Path leftover = directory.resolve(".state.json.4711.tmp");
        Files.writeString(leftover, "{\"torn\":");
        try (SimulatedCluster cluster = SimulatedCluster.open(file, SMALL, CLOCK)) {
            createVolume(cluster, "after-crash", 8);
        }
        assertFalse(Files.exists(leftover));
        try (SimulatedCluster reopened = SimulatedCluster.open(file, SMALL, CLOCK)) {
            assertEquals(200, post(reopened, "/api/types/Volume/instances/action/queryIdByKey",
                    "{\"name\":\"after-crash\"}").status());
        }
    }

    @Test
    void aCorruptFileFailsClearlyAndIsLeftUntouched() throws IOException {
        Path file = directory.resolve("state.json");
        Files.writeString(file, "{\"format\":\"arrowhead-scaleio-simulator-state\",\"formatVersion\":1,\"seed\":");
        byte[] corrupt = Files.readAllBytes(file);
        IOException failure = assertThrows(IOException.class, () -> SimulatedCluster.open(file, SMALL, CLOCK));
        assertTrue(failure.getMessage().contains(file.toAbsolutePath().toString()), failure.getMessage());
        assertArrayEquals(corrupt, Files.readAllBytes(file));
    }

    @Test
    void aFileOfAnotherFormatOrVersionIsRefused() throws IOException {
        Path file = directory.resolve("state.json");
        Files.writeString(file, "{\"format\":\"arrowhead-scaleio-simulator-state\",\"formatVersion\":99}");
        IOException failure = assertThrows(IOException.class, () -> SimulatedCluster.open(file, SMALL, CLOCK));
        assertTrue(failure.getMessage().contains("formatVersion 99"), failure.getMessage());
        Files.writeString(file, "[]", StandardCharsets.UTF_8);
        assertThrows(IOException.class, () -> SimulatedCluster.open(file, SMALL, CLOCK));
        assertEquals("[]", Files.readString(file));
    }

    @Test
    void aDanglingReferenceIsNamed() throws IOException {
        Path file = directory.resolve("state.json");
        SimulatedCluster.open(file, SMALL, CLOCK).close();
        String saved = Files.readString(file);
        String poolId = saved.replaceAll("(?s).*\"storagePools\":\\[\\{\"id\":\"([0-9a-f]{16})\".*", "$1");
        Files.writeString(file, saved.replace("\"storagePoolId\":\"" + poolId + "\"",
                "\"storagePoolId\":\"0123456789abcdef\""));
        IOException failure = assertThrows(IOException.class, () -> SimulatedCluster.open(file, SMALL, CLOCK));
        assertTrue(failure.getMessage().contains("refers to the unknown object 0123456789abcdef"),
                failure.getMessage());
    }

    private static List<String> recoveredVolumeNames(Path crashedStateFile) throws IOException {
        try (SimulatedCluster recovered = SimulatedCluster.open(crashedStateFile, SMALL, CLOCK)) {
            return volumeNames(recovered);
        }
    }
}
