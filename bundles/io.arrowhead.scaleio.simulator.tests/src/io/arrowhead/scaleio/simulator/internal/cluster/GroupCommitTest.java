package io.arrowhead.scaleio.simulator.internal.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    private Path directory;
    private JournalFiles files;

    @BeforeEach
    void createDirectory() throws IOException {
        directory = ClusterTestSupport.newDirectory();
        files = new JournalFiles(directory.resolve("state.json"));
    }

    @AfterEach
    void deleteDirectory() throws IOException {
        ClusterTestSupport.deleteDirectory(directory);
    }

    @Test
    void anAwaitedChangeIsInTheJournalAndReadsBackAsItWasRecorded() throws IOException {
        GroupCommit commit = new GroupCommit(files, 0, 1);
        Change change = Change.api(1_748_779_200_123L, List.of("993a355d00000000", "12ab34cd00000007"), "POST",
                "/api/types/Volume/instances", "{\"name\":\"n\u00e4me\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(1, commit.append(change));
        commit.awaitSaved(1);
        List<JournalRecords.Numbered> read = files.changesAfter(0);
        assertEquals(1, read.size());
        assertEquals(1, read.get(0).sequence());
        assertEquals(change.kind(), read.get(0).change().kind());
        assertEquals(change.millis(), read.get(0).change().millis());
        assertEquals(change.ids(), read.get(0).change().ids());
        assertEquals(change.fields(), read.get(0).change().fields());
        assertEquals(List.of(), files.changesAfter(1), "what the state file holds is skipped");
    }

    @Test
    void concurrentWritersFindEveryChangeOnDiskInOrder() throws Exception {
        GroupCommit commit = new GroupCommit(files, 40, 3);
        ExecutorService writers = Executors.newFixedThreadPool(8);
        List<Future<Long>> done = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            int number = i;
            done.add(writers.submit(() -> {
                long sequence = commit.append(Change.setSdcConnected(number, List.of(), "sdc-" + number, true));
                commit.awaitSaved(sequence);
                return sequence;
            }));
        }
        for (Future<Long> writer : done) {
            writer.get(1, TimeUnit.MINUTES);
        }
        writers.shutdown();
        List<JournalRecords.Numbered> read = files.changesAfter(40);
        assertEquals(400, read.size());
        for (int i = 0; i < read.size(); i++) {
            assertEquals(41 + i, read.get(i).sequence());
        }
        assertEquals(List.of(3L), List.copyOf(files.existing().keySet()), "every change goes to the first file");
    }

    @Test
    void aFailedWriteIsReportedAndTheNextWriterWritesItAgainToANewFile() throws IOException {
        Path blocked = files.file(1);
        Files.createDirectories(blocked.resolve("occupant")); // cannot be opened for writing
        GroupCommit commit = new GroupCommit(files, 0, 1);
        long first = commit.append(Change.setSdcConnected(1, List.of(), "a", true));
        assertThrows(IOException.class, () -> commit.awaitSaved(first));
        ClusterTestSupport.deleteDirectory(blocked);
        long second = commit.append(Change.setSdcConnected(2, List.of(), "b", false));
        commit.awaitSaved(second);
        assertFalse(Files.exists(blocked), "nothing more goes to a file whose write failed");
        List<JournalRecords.Numbered> read = files.changesAfter(0);
        assertEquals(List.of("a", "b"), read.stream().map(record -> record.change().field("sdc")).toList());
    }

    @Test
    void aSavedStateFileMakesTheChangesItHoldsDurableAndLaterOnesGoToANewFile() throws IOException {
        GroupCommit commit = new GroupCommit(files, 0, 1);
        commit.awaitSaved(commit.append(Change.setSdcConnected(1, List.of(), "a", true)));
        long queued = commit.append(Change.setSdcConnected(2, List.of(), "b", true));
        GroupCommit.Rotation rotation = commit.rotate();
        assertEquals(new GroupCommit.Rotation(2, 2), rotation);
        commit.stateSaved(rotation);
        commit.awaitSaved(queued); // returns: the state file holds it
        assertTrue(commit.bytesSinceRotation() == 0, "nothing was written after the rotation");
        commit.awaitSaved(commit.append(Change.setSdcConnected(3, List.of(), "c", true)));
        assertEquals(List.of(1L, 2L), List.copyOf(files.existing().keySet()));
        assertEquals(List.of(3L), files.changesAfter(2).stream().map(JournalRecords.Numbered::sequence).toList());
    }
}
