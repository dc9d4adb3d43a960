package io.arrowhead.scaleio.simulator.internal.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.simulator.internal.cluster.GroupCommit.Snapshot;

class GroupCommitTest {

    private Path directory;
    private Path file;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicInteger snapshots = new AtomicInteger();

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
    void writersThatChangeTheStateDuringASaveShareTheNextOne() throws Exception {
        CountDownLatch firstSaveMayEnd = new CountDownLatch(1);
        GroupCommit commit = new GroupCommit(new StatePersistence(file), () -> {
            Snapshot taken = snapshot();
            if (snapshots.get() == 1) {
                await(firstSaveMayEnd);
            }
            return taken;
        }, 0);
        Thread leader = writer(commit, generation.incrementAndGet());
        waitUntil(() -> snapshots.get() == 1);
        List<Thread> followers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            followers.add(writer(commit, generation.incrementAndGet()));
        }
        waitUntil(() -> followers.stream().allMatch(thread -> thread.getState() == Thread.State.WAITING));
        assertFalse(Files.exists(file), "nothing is saved before the first save ends");
        firstSaveMayEnd.countDown();
        leader.join(TimeUnit.MINUTES.toMillis(1));
        for (Thread follower : followers) {
            follower.join(TimeUnit.MINUTES.toMillis(1));
            assertEquals(Thread.State.TERMINATED, follower.getState());
        }
        assertEquals(2, snapshots.get(), "the first save and one shared by the five writers");
        assertEquals("generation 6", Files.readString(file));
    }

    @Test
    void aWriterWhoseChangeIsSavedAlreadyDoesNotSaveAgain() throws IOException {
        GroupCommit commit = new GroupCommit(new StatePersistence(file), this::snapshot, 0);
        generation.set(3);
        commit.awaitSaved(1);
        commit.awaitSaved(2);
        commit.awaitSaved(3);
        assertEquals(1, snapshots.get());
        assertEquals("generation 3", Files.readString(file));
    }

    @Test
    void aFailedSaveIsReportedAndTheNextWriterTriesAgain() throws IOException {
        Files.createDirectories(file.resolve("occupant")); // a directory with content: the rename fails
        GroupCommit commit = new GroupCommit(new StatePersistence(file), this::snapshot, 0);
        generation.set(1);
        assertThrows(IOException.class, () -> commit.awaitSaved(1));
        ClusterTestSupport.deleteDirectory(file);
        commit.awaitSaved(1);
        assertEquals("generation 1", Files.readString(file));
    }

    @Test
    void aSnapshotThatCannotBeTakenIsReportedAsAnIOException() {
        GroupCommit commit = new GroupCommit(new StatePersistence(file), () -> {
            throw new UncheckedIOException(new IOException("serialisation failed"));
        }, 0);
        IOException failure = assertThrows(IOException.class, () -> commit.awaitSaved(1));
        assertEquals("serialisation failed", failure.getMessage());
    }

    private Snapshot snapshot() {
        long now = generation.get(); // before counting, so that a test seeing the count knows what it holds
        snapshots.incrementAndGet();
        return new Snapshot(now, ("generation " + now).getBytes(StandardCharsets.UTF_8));
    }

    private static Thread writer(GroupCommit commit, long change) {
        return Thread.ofPlatform().start(() -> {
            try {
                commit.awaitSaved(change);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(1, TimeUnit.MINUTES));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls, with a generous bound that only proves nothing hangs. */
    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "condition not reached within a minute");
            Thread.sleep(5);
        }
    }
}
