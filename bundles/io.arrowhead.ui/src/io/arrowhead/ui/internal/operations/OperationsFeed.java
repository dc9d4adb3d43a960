package io.arrowhead.ui.internal.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;

import io.arrowhead.core.hosts.OperationRecord;
import io.arrowhead.core.hosts.OperationsLog;
import io.arrowhead.core.hosts.OperationsLogListener;

/**
 * Hands the operations log's records, running ones included, to the view on the UI thread. Reports come from job
 * threads, a few per step; a burst of them ends in one asyncExec that reads the log as it is by then, so the job
 * thread never waits for the UI and the UI never falls behind by more than one refresh.
 */
final class OperationsFeed implements OperationsLogListener {

    private final OperationsLog log;
    private final Display display;
    private final Consumer<List<OperationRecord>> show;
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile boolean stopped;

    /** @param show told on the UI thread of every record, running ones and ended ones */
    OperationsFeed(OperationsLog log, Display display, Consumer<List<OperationRecord>> show) {
        this.log = log;
        this.display = display;
        this.show = show;
    }

    /** Listens to the log and shows what it has now. */
    void start() {
        log.addListener(this);
        show.accept(records());
    }

    void stop() {
        stopped = true;
        log.removeListener(this);
    }

    @Override
    public void operationStarted(OperationRecord running) {
        changed();
    }

    @Override
    public void operationProgressed(OperationRecord running) {
        changed();
    }

    @Override
    public void recordAppended(OperationRecord record) {
        changed();
    }

    private void changed() {
        if (stopped || display.isDisposed() || !queued.compareAndSet(false, true)) {
            return;
        }
        display.asyncExec(() -> {
            queued.set(false);
            if (!stopped) {
                show.accept(records());
            }
        });
    }

    /** Running operations and then the ended ones; a record that ended between the two reads shows once. */
    private List<OperationRecord> records() {
        List<OperationRecord> all = new ArrayList<>(log.running());
        List<OperationRecord> ended = log.entries();
        all.removeIf(running -> ended.stream().anyMatch(record -> record.id().equals(running.id())));
        all.addAll(ended);
        return all;
    }
}
