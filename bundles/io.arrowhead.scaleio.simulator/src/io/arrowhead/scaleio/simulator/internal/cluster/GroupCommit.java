package io.arrowhead.scaleio.simulator.internal.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Saves the state before a change is acknowledged, sharing saves between writers. Each change has a generation;
 * a writer waits in {@link #awaitSaved(long)} until a save holding its generation is on disk. When none is
 * running, the writer itself takes a snapshot and saves it, on its own thread; writers that change the state
 * meanwhile wait for that save to end and then share the next one, so a burst of N concurrent changes costs about
 * two saves rather than N.
 */
final class GroupCommit {

    /** A serialised state and the generation of the last change it holds. */
    record Snapshot(long generation, byte[] json) {
    }

    private final StatePersistence persistence;
    private final Supplier<Snapshot> snapshot;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition saveEnded = lock.newCondition();
    /** Every change up to this generation is in the state file. */
    private long savedGeneration;
    private boolean saving;

    /**
     * @param snapshot serialises the state, taking the read lock itself
     * @param savedGeneration the generation the state file already holds; 0 when it holds nothing yet
     */
    GroupCommit(StatePersistence persistence, Supplier<Snapshot> snapshot, long savedGeneration) {
        this.persistence = persistence;
        this.snapshot = snapshot;
        this.savedGeneration = savedGeneration;
    }

    /**
     * Returns once the state file holds every change up to {@code generation}. A failed save is reported to the
     * writer that ran it; the writers waiting for it try again with the next one.
     */
    void awaitSaved(long generation) throws IOException {
        lock.lock();
        try {
            while (savedGeneration < generation) {
                if (saving) {
                    saveEnded.awaitUninterruptibly(); // a save is bounded by the disk, and the answer needs it
                } else {
                    saveAsLeader();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Saves a snapshot without holding the lock, so that writers keep changing the state meanwhile. */
    private void saveAsLeader() throws IOException {
        saving = true;
        long saved = -1;
        lock.unlock();
        try {
            Snapshot taken = snapshot.get();
            persistence.save(taken.json());
            saved = taken.generation();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            lock.lock();
            saving = false;
            savedGeneration = Math.max(savedGeneration, saved);
            saveEnded.signalAll();
        }
    }
}
