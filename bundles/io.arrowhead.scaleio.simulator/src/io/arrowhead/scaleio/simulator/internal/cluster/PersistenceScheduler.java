package io.arrowhead.scaleio.simulator.internal.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Coalesces saves: the first change after a save schedules the next one {@value #DELAY_MILLIS} ms later on a
 * single daemon thread, so a burst of actions costs one write. {@link #close()} writes whatever is still pending.
 */
final class PersistenceScheduler implements AutoCloseable {

    static final long DELAY_MILLIS = 250;

    private static final System.Logger LOG = System.getLogger(PersistenceScheduler.class.getName());

    private final StatePersistence persistence;
    private final Supplier<byte[]> snapshot;
    private final ScheduledThreadPoolExecutor writer;
    private boolean dirty;
    private boolean scheduled;
    private boolean closed;

    /** @param snapshot serialises the state, taking the read lock itself */
    PersistenceScheduler(StatePersistence persistence, Supplier<byte[]> snapshot) {
        this.persistence = persistence;
        this.snapshot = snapshot;
        this.writer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "scaleio-simulator-state-writer");
            thread.setDaemon(true);
            return thread;
        });
        // On close, a save still waiting for its delay is dropped; close() writes the changes itself.
        writer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Records a change; never blocks on I/O, so it may be called under the write lock. */
    synchronized void changed() {
        dirty = true;
        if (!scheduled && !closed) {
            scheduled = true;
            writer.schedule(this::scheduledSave, DELAY_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** Saves now on the calling thread, reporting failure to the caller. */
    void saveNow() throws IOException {
        synchronized (this) {
            dirty = false;
        }
        try {
            persistence.save(snapshot.get());
        } catch (IOException | UncheckedIOException e) {
            synchronized (this) {
                dirty = true;
            }
            throw e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
        }
    }

    private void scheduledSave() {
        synchronized (this) {
            scheduled = false;
        }
        try {
            saveNow();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not save the simulator state to " + persistence.file()
                    + "; retrying on the next change or on close", e);
        }
    }

    /** Lets a running save finish, stops the writer thread and saves pending changes. */
    @Override
    public void close() throws IOException {
        synchronized (this) {
            closed = true;
        }
        writer.shutdown();
        try {
            writer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        boolean pending;
        synchronized (this) {
            pending = dirty;
        }
        if (pending) {
            saveNow();
        }
    }
}
