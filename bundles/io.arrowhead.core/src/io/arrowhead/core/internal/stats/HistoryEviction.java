package io.arrowhead.core.internal.stats;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.arrowhead.core.stats.PerformanceStatistics;
import io.arrowhead.core.stats.SeriesKey;

/**
 * Forgets the series nobody subscribes to any more once they are older than {@link HistoryStore#RETENTION}: at most
 * once a minute while answers come, and as a sleeping system job once they stop coming, so that history does not
 * stay in memory for good after the last chart closed.
 */
public final class HistoryEviction extends Job {

    private static final long EVERY_MILLIS = 60_000;

    private final HistoryStore history;
    private final Predicate<SeriesKey> inUse;
    private final Object family;
    private final AtomicLong lastEviction = new AtomicLong();

    public HistoryEviction(HistoryStore history, Predicate<SeriesKey> inUse, Object family) {
        super("Forgetting old performance statistics");
        this.history = history;
        this.inUse = inUse;
        this.family = family;
        setSystem(true);
    }

    /** Evicts now if a minute passed since last time, and again after the retention unless more answers come. */
    public void afterAnswer() {
        long now = System.currentTimeMillis();
        long last = lastEviction.get();
        if (now - last >= EVERY_MILLIS && lastEviction.compareAndSet(last, now)) {
            history.evict(Instant.ofEpochMilli(now), inUse);
        }
        // A sleeping job only ever moves earlier when scheduled again, so it is cancelled first to move it later.
        cancel();
        schedule(HistoryStore.RETENTION.toMillis() + EVERY_MILLIS);
    }

    @Override
    public boolean belongsTo(Object other) {
        return other == family || other == PerformanceStatistics.FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        history.evict(Instant.now(), inUse);
        return Status.OK_STATUS;
    }
}
