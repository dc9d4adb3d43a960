package io.arrowhead.scaleio.simulator.internal.cluster;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Lock;
import java.util.function.LongFunction;

/**
 * Keeps a cluster durable in its state file and the journal beside it. Each change is journaled and forced before
 * it is answered ({@link GroupCommit}); the whole state is written only now and then, in the background, once the
 * journal has grown to about the state file's size (compaction), and when the cluster is opened and closed. After
 * a crash the state file and the journal files that exist give back every acknowledged change, whatever the
 * moment: the state file records the last change it holds, and journal files are deleted only after it is on disk.
 */
final class Journal implements GatewayRouter.Saves {

    private static final System.Logger LOG = System.getLogger(Journal.class.getName());
    /** Below this, rewriting the state file costs more than replaying the journal on the next start. */
    private static final long MINIMUM_COMPACTION_BYTES = 1 << 20;

    private final StatePersistence store;
    private final JournalFiles files;
    private final GroupCommit commit;
    private final Lock readLock;
    private final LongFunction<byte[]> serialize;
    private final ExecutorService compactor = Executors
            .newSingleThreadExecutor(Thread.ofPlatform().daemon().name("simulator-compaction").factory());
    private final AtomicBoolean compacting = new AtomicBoolean();
    private volatile long stateFileBytes;

    /**
     * @param lastSequence the last change the state file and journal hold
     * @param readLock the state's read lock, held while the state is serialised
     * @param serialize the state as the state file holds it, given the sequence number of its last change
     */
    Journal(StatePersistence store, long lastSequence, Lock readLock, LongFunction<byte[]> serialize)
            throws IOException {
        this.store = store;
        this.files = store.journalFiles();
        var existing = files.existing();
        this.commit = new GroupCommit(files, lastSequence, existing.isEmpty() ? 1 : existing.lastKey() + 1);
        this.readLock = readLock;
        this.serialize = serialize;
        this.stateFileBytes = store.size();
    }

    @Override
    public long record(Change change) {
        return commit.append(change);
    }

    @Override
    public void awaitSaved(long sequence) throws IOException {
        commit.awaitSaved(sequence);
        if (commit.bytesSinceRotation() > Math.max(MINIMUM_COMPACTION_BYTES, stateFileBytes)
                && compacting.compareAndSet(false, true)) {
            try {
                compactor.execute(this::compactInBackground);
            } catch (RejectedExecutionException closing) {
                compacting.set(false); // closing compacts anyway
            }
        }
    }

    /**
     * Writes the whole state to the state file, then deletes the journal files it makes redundant. The state is
     * serialised under the read lock; the writing runs without it.
     */
    void compact() throws IOException {
        GroupCommit.Rotation rotation;
        byte[] json;
        readLock.lock();
        try {
            rotation = commit.rotate();
            json = serialize.apply(rotation.covered());
        } finally {
            readLock.unlock();
        }
        store.save(json);
        stateFileBytes = json.length;
        commit.stateSaved(rotation);
        files.deleteBefore(rotation.nextFile());
    }

    /** Stops compacting, forces what is journaled and writes the state file, so that the journal is empty. */
    void close() throws IOException {
        compactor.shutdown();
        try {
            if (!compactor.awaitTermination(5, TimeUnit.MINUTES)) {
                throw new IOException("The simulator's background compaction did not end within five minutes.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for the background compaction to end.", e);
        }
        commit.awaitSaved(commit.appended());
        compact();
    }

    private void compactInBackground() {
        try {
            compact();
        } catch (IOException | RuntimeException e) {
            // The journal still holds every change, so nothing is lost; the next compaction tries again.
            LOG.log(Level.WARNING, "Could not rewrite the simulator state file; the journal keeps the changes", e);
        } finally {
            compacting.set(false);
        }
    }
}
