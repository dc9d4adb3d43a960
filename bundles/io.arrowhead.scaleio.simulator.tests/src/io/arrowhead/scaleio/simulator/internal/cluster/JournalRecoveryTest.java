package io.arrowhead.scaleio.simulator.internal.cluster;

import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.CLOCK;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.action;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.createVolume;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.everything;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.get;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.post;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.volumeNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.simulator.ClusterScenario;

/** Recovery from the state file and journal a killed simulator leaves, at every point of its life. */
class JournalRecoveryTest {

    private static final ClusterScenario SMALL = new ClusterScenario(11, "saved", 1, 2, 3, 2, 512, 6, 20, 50, 20, 3, 1);

    private Path directory;
    private Path file;

    @BeforeEach
    void createDirectory() throws IOException {
        directory = ClusterTestSupport.newDirectory();
        file = directory.resolve("state.json");
    }

    @AfterEach
    void deleteDirectory() throws IOException {
        ClusterTestSupport.deleteDirectory(directory);
    }

    @Test
    void replayGivesTheStateBeforeTheCrashWithItsIdsNamesAndTimes() throws IOException {
        Path crashed;
        String before;
        SteppingClock clock = new SteppingClock();
        try (SimulatedCluster cluster = SimulatedCluster.open(file, SMALL, clock)) {
            makeEveryKindOfChange(cluster);
            before = everything(cluster);
            crashed = Crash.image(directory, "crash");
            assertFalse(journal(crashed.getParent()).isEmpty(), "the changes are in the journal only");
        }
        // Stopped where the live clock was last read, so that the days the system has been installed match; every
        // change ran at an earlier time, which only the journal knows.
        try (SimulatedCluster recovered = SimulatedCluster.open(crashed, ClusterScenario.demo(), clock.stopped())) {
            assertEquals(before, everything(recovered));
        }
        // Both wrote their whole state, id marks and journal position included, when closed.
        assertEquals(Files.readString(file), Files.readString(crashed));
    }

    @Test
    void aCompactionInTheBackgroundDuringABurstKeepsEveryChange() throws Exception {
        Path crashed;
        String before;
        try (SimulatedCluster cluster = SimulatedCluster.open(file, SMALL, CLOCK)) {
            String firstState = Files.readString(file);
            List<String> volumeIds = new ArrayList<>();
            for (int writer = 0; writer < 8; writer++) {
                volumeIds.add(createVolume(cluster, "burst-" + writer, 8));
            }
            // About 1.3 MB of journal, past the 1 MiB at which a state file this small is rewritten.
            ExecutorService writers = Executors.newFixedThreadPool(8);
            List<Future<?>> running = new ArrayList<>();
            for (String volumeId : volumeIds) {
                running.add(writers.submit(() -> {
                    for (int count = 0; count < 700; count++) {
                        post(cluster, action(volumeId, "setVolumeName"),
                                "{\"newName\":\"" + volumeId + "-" + count + "\"}").assertOk();
                    }
                }));
            }
            for (Future<?> writer : running) {
                writer.get(2, TimeUnit.MINUTES);
            }
            writers.shutdown();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (Files.readString(file).equals(firstState)) {
                assertTrue(System.nanoTime() < deadline, "the state file was not rewritten within a minute");
                Thread.sleep(10);
            }
            post(cluster, action(volumeIds.get(0), "setVolumeName"), "{\"newName\":\"after-compaction\"}")
                    .assertOk();
            before = everything(cluster);
            assertFalse(journal(directory).contains(directory.resolve("state.json.journal-2")),
                    "the journal file the state file made redundant is deleted");
            crashed = Crash.image(directory, "crash");
        }
        try (SimulatedCluster recovered = SimulatedCluster.open(crashed, SMALL, CLOCK)) {
            assertEquals(before, everything(recovered));
        }
    }

    @Test
    void aTornLastRecordIsIgnoredAsNeverAcknowledged() throws IOException {
        for (boolean cutShort : new boolean[] { true, false }) {
            Path crashed;
            try (SimulatedCluster cluster = SimulatedCluster.open(file, SMALL, CLOCK)) {
                createVolume(cluster, "kept-" + cutShort, 8);
                createVolume(cluster, "torn-" + cutShort, 8);
                crashed = Crash.image(directory, "crash-" + cutShort);
            }
            Path last = journal(crashed.getParent()).get(0);
            byte[] bytes = Files.readAllBytes(last);
            if (cutShort) {
                Files.write(last, Arrays.copyOf(bytes, bytes.length - 7));
            } else {
                bytes[bytes.length - 5] ^= 1; // the checksum no longer matches
                Files.write(last, bytes);
            }
            try (SimulatedCluster recovered = SimulatedCluster.open(crashed, SMALL, CLOCK)) {
                assertTrue(volumeNames(recovered).contains("kept-" + cutShort));
                assertFalse(volumeNames(recovered).contains("torn-" + cutShort));
                createVolume(recovered, "after-" + cutShort, 8);
            }
            try (SimulatedCluster reopened = SimulatedCluster.open(crashed, SMALL, CLOCK)) {
                List<String> names = volumeNames(reopened);
                assertEquals(List.of("kept-" + cutShort, "after-" + cutShort), names.subList(names.size() - 2,
                        names.size()));
            }
        }
    }

    @Test
    void aJournalFileLeftAfterTheStateFileWasWrittenIsNotReplayedTwice() throws IOException {
        List<String> expected;
        List<byte[]> leftOver = new ArrayList<>();
        try (SimulatedCluster cluster = SimulatedCluster.open(file, SMALL, CLOCK)) {
            makeEveryKindOfChange(cluster);
            expected = volumeNames(cluster);
            for (Path journalFile : journal(directory)) {
                leftOver.add(Files.readAllBytes(journalFile));
            }
        } // closing writes the state file and deletes the journal files
        assertEquals(List.of(), journal(directory));
        String closed = Files.readString(file);
        Files.write(directory.resolve("state.json.journal-2"), leftOver.get(0)); // as if killed before the deletion
        try (SimulatedCluster reopened = SimulatedCluster.open(file, SMALL, CLOCK)) {
            assertEquals(expected, volumeNames(reopened));
        }
        assertEquals(closed, Files.readString(file));
    }

    @Test
    void changesSpreadOverJournalFilesAfterAStateFileNotYetWrittenAreAllReplayed() throws IOException {
        Path whole;
        Path split;
        try (SimulatedCluster cluster = SimulatedCluster.open(file, SMALL, CLOCK)) {
            makeEveryKindOfChange(cluster);
            whole = Crash.image(directory, "whole");
            split = Crash.image(directory, "split");
        }
        // As if the journal was rotated for a state file that the kill then kept from being written; the record
        // at the seam is in both files, as after a failed write that the next writer wrote again.
        Path journalFile = journal(split.getParent()).get(0);
        List<String> lines = Files.readAllLines(journalFile);
        int seam = lines.size() / 2;
        Files.write(journalFile, lines.subList(0, seam + 1));
        Files.write(split.resolveSibling("state.json.journal-9"), lines.subList(seam, lines.size()));
        String expected;
        try (SimulatedCluster recovered = SimulatedCluster.open(whole, SMALL, CLOCK)) {
            expected = everything(recovered);
        }
        try (SimulatedCluster recovered = SimulatedCluster.open(split, SMALL, CLOCK)) {
            assertEquals(expected, everything(recovered));
        }
        assertEquals(Files.readString(whole), Files.readString(split));
    }

    @Test
    void aMissingJournalFileFailsClearlyAndLeavesTheFilesAlone() throws IOException {
        Path crashed;
        try (SimulatedCluster cluster = SimulatedCluster.open(file, SMALL, CLOCK)) {
            makeEveryKindOfChange(cluster);
            crashed = Crash.image(directory, "crash");
        }
        Path journalFile = journal(crashed.getParent()).get(0);
        List<String> lines = Files.readAllLines(journalFile);
        Files.write(journalFile, lines.subList(0, 2));
        Path later = crashed.resolveSibling("state.json.journal-9");
        Files.write(later, lines.subList(4, lines.size()));
        byte[] state = Files.readAllBytes(crashed);
        IOException failure = assertThrows(IOException.class, () -> SimulatedCluster.open(crashed, SMALL, CLOCK));
        assertTrue(failure.getMessage().contains("lacks the changes 3 to 4"), failure.getMessage());
        assertTrue(Arrays.equals(state, Files.readAllBytes(crashed)));
        assertTrue(Files.exists(journalFile) && Files.exists(later));
    }

    @Test
    void aRecordDamagedBeforeOthersFailsRatherThanLoseThem() throws IOException {
        Path crashed;
        try (SimulatedCluster cluster = SimulatedCluster.open(file, SMALL, CLOCK)) {
            makeEveryKindOfChange(cluster);
            crashed = Crash.image(directory, "crash");
        }
        Path journalFile = journal(crashed.getParent()).get(0);
        List<String> lines = new ArrayList<>(Files.readAllLines(journalFile));
        lines.set(2, lines.get(2).replace("\"seq\":3", "\"seq\":7"));
        Files.write(journalFile, lines);
        IOException failure = assertThrows(IOException.class, () -> SimulatedCluster.open(crashed, SMALL, CLOCK));
        assertTrue(failure.getMessage().contains("the record after change 2 is damaged, and change 4 follows it"),
                failure.getMessage());
    }

    @Test
    void aStateFileWrittenBeforeTheJournalStillLoads() throws IOException {
        String expected;
        try (SimulatedCluster cluster = SimulatedCluster.open(file, SMALL, CLOCK)) {
            makeEveryKindOfChange(cluster);
            expected = everything(cluster);
        }
        String saved = Files.readString(file);
        assertTrue(saved.contains("\"journalSequence\":"));
        Files.writeString(file, saved.replaceFirst("\"journalSequence\":[0-9]+,", ""));
        try (SimulatedCluster reopened = SimulatedCluster.open(file, SMALL, CLOCK)) {
            assertEquals(expected, everything(reopened));
            createVolume(reopened, "after-upgrade", 8);
        }
        try (SimulatedCluster reopened = SimulatedCluster.open(file, SMALL, CLOCK)) {
            assertTrue(volumeNames(reopened).contains("after-upgrade"));
        }
    }

    /** Every kind of journaled change, a refused one among them. */
    private static void makeEveryKindOfChange(SimulatedCluster cluster) {
        String named = createVolume(cluster, "named", 16);
        String poolId = ClusterTestSupport.firstPoolId(cluster);
        post(cluster, "/api/types/Volume/instances",
                "{\"storagePoolId\":\"" + poolId + "\",\"volumeSizeInKb\":\"8388608\"}").assertOk(); // name made up
        assertEquals(500, post(cluster, "/api/types/Volume/instances",
                "{\"storagePoolId\":\"" + poolId + "\",\"volumeSizeInGb\":\"8\",\"name\":\"named\"}").status());
        String removed = createVolume(cluster, "removed", 8);
        String sdcId = ClusterTestSupport.sdcIds(cluster).get(0);
        post(cluster, action(named, "addMappedSdc"), "{\"sdcId\":\"" + sdcId + "\"}").assertOk();
        post(cluster, action(named, "setMappedSdcLimits"),
                "{\"sdcId\":\"" + sdcId + "\",\"iopsLimit\":\"700\",\"bandwidthLimitInKbps\":\"4096\"}").assertOk();
        post(cluster, "/api/instances/System/action/snapshotVolumes", "{\"snapshotDefs\":[{\"volumeId\":\"" + named
                + "\",\"snapshotName\":\"named-s\"},{\"volumeId\":\"" + removed + "\"}]}").assertOk();
        post(cluster, action(named, "setVolumeName"), "{\"newName\":\"renamed\"}").assertOk();
        post(cluster, action(named, "setVolumeSize"), "{\"sizeInGB\":\"24\"}").assertOk();
        post(cluster, action(removed, "removeVolume"), "{\"removeMode\":\"INCLUDING_DESCENDANTS\"}").assertOk();
        String late = cluster.registerSdc("B0E3BFB8-C20B-43BF-93C8-13339E85AA50", "10.0.200.1", "late-host");
        cluster.registerSdc("B0E3BFB8-C20B-43BF-93C8-13339E85AA50", "10.0.200.9", null);
        cluster.setSdcConnected(late, false);
        post(cluster, "/api/instances/Sdc::" + sdcId + "/action/setSdcName", "{\"sdcName\":\"first\"}").assertOk();
    }

    private static List<Path> journal(Path directory) throws IOException {
        return List.copyOf(new JournalFiles(directory.resolve("state.json")).existing().values());
    }

    /** A clock that moves on 1.3 s each time it is read, so that every change runs at another time. */
    private static final class SteppingClock extends Clock {

        private long millis = Instant.parse("2025-06-01T12:00:00Z").toEpochMilli();

        @Override
        public synchronized Instant instant() {
            millis += 1_300;
            return Instant.ofEpochMilli(millis);
        }

        synchronized Clock stopped() {
            return Clock.fixed(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
