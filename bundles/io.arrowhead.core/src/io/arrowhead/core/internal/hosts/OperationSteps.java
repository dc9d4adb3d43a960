package io.arrowhead.core.internal.hosts;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.arrowhead.core.GatewayErrors;
import io.arrowhead.core.hosts.StepRecord;
import io.arrowhead.core.hosts.StepRecord.Outcome;
import io.arrowhead.hosts.HostCancelledException;
import io.arrowhead.scaleio.client.GatewayCancelledException;

/**
 * Runs the named steps of a host operation, records each, and remembers how to undo the ones that changed something.
 * {@link #rollback} undoes them newest first and records every undo; a failed undo is recorded and the rest still
 * run, since each undo is independent and the operator needs to know everything that is left. Not thread-safe: one
 * operation, one thread.
 */
public final class OperationSteps {

    /** The work of one step. */
    @FunctionalInterface
    public interface StepBody<T> {
        T run(Step step) throws Exception;
    }

    /** Undoes one completed step. */
    @FunctionalInterface
    public interface Undo {
        void run() throws Exception;
    }

    /** The running step, which may leave a detail for the record. */
    public static final class Step {
        private String detail = "";

        public void detail(String text) {
            detail = text == null ? "" : text;
        }
    }

    private record PendingUndo(String name, String leftBehind, Undo action) {
    }

    private final List<StepRecord> records = new ArrayList<>();
    private final Deque<PendingUndo> undos = new ArrayDeque<>();
    private final List<String> undone = new ArrayList<>();
    private final List<String> leftBehind = new ArrayList<>();
    private final SubMonitor progress;
    private final Runnable changed;
    /** The step running now, with no outcome yet; {@code null} between steps. */
    private String current;
    private long currentStarted;
    private String failedStep;
    private boolean cancellable = true;

    /** @param progress one tick per step; cancelling it stops the operation before the next step */
    public OperationSteps(SubMonitor progress) {
        this(progress, () -> {
        });
    }

    /**
     * @param progress one tick per step; cancelling it stops the operation before the next step
     * @param changed told, on the operation's thread, each time a step starts or ends, to read {@link #sofar}
     */
    public OperationSteps(SubMonitor progress, Runnable changed) {
        this.progress = progress;
        this.changed = changed;
    }

    /** Runs a step; a failure is recorded with its description and rethrown. */
    public <T> T run(String name, StepBody<T> body) throws Exception {
        if (cancellable) {
            progress.split(1);
        } else {
            progress.newChild(1);
        }
        progress.subTask(name);
        Step step = new Step();
        long started = begin(name);
        try {
            T result = body.run(step);
            end(new StepRecord(name, Outcome.DONE, step.detail, since(started)));
            return result;
        } catch (Exception e) {
            failedStep = name;
            String why = isCancellation(e) ? "cancelled" : GatewayErrors.describe(e);
            end(new StepRecord(name, Outcome.FAILED, why, since(started)));
            throw e;
        }
    }

    /** From here on, steps run even when the operation was cancelled: they are repairs. */
    public void ignoreCancellation() {
        cancellable = false;
    }

    /** Records a step that had nothing to do. */
    public void skip(String name, String why) {
        end(new StepRecord(name, Outcome.SKIPPED, why, Duration.ZERO));
    }

    /**
     * Registers how to undo the step that just completed.
     *
     * @param name what the undo does, as "Remove Docker volume data on docker-01"
     * @param leftBehind what stays if the undo fails, as "Docker volume data on docker-01"
     */
    public void onFailureUndo(String name, String leftBehind, Undo action) {
        undos.push(new PendingUndo(name, leftBehind, action));
    }

    /** Forgets the pending undos: what was done so far stays done whatever happens next. */
    public void commit() {
        undos.clear();
    }

    /** Undoes every pending step, newest first, without checking for cancellation; true if all undos worked. */
    public boolean rollback() {
        boolean clean = true;
        while (!undos.isEmpty()) {
            PendingUndo undo = undos.pop();
            long started = begin(undo.name());
            try {
                undo.action().run();
                undone.add(undo.name());
                end(new StepRecord(undo.name(), Outcome.UNDONE, "", since(started)));
            } catch (Exception e) {
                String why = GatewayErrors.describe(e);
                leftBehind.add(undo.leftBehind());
                end(new StepRecord(undo.name(), Outcome.UNDO_FAILED, why, since(started)));
                clean = false;
            }
        }
        return clean;
    }

    public List<StepRecord> records() {
        return List.copyOf(records);
    }

    /** The ended steps and then the running one, if any, with no outcome and its time so far. */
    public List<StepRecord> sofar() {
        if (current == null) {
            return records();
        }
        List<StepRecord> all = new ArrayList<>(records);
        all.add(new StepRecord(current, null, "", since(currentStarted)));
        return List.copyOf(all);
    }

    /** The name of the step that failed last, or {@code null}. */
    public String failedStep() {
        return failedStep;
    }

    /** What rollbacks undid so far, in the order they did it. */
    public List<String> undone() {
        return List.copyOf(undone);
    }

    /** What failed undos left behind. */
    public List<String> leftBehind() {
        return List.copyOf(leftBehind);
    }

    private long begin(String name) {
        currentStarted = System.nanoTime();
        current = name;
        changed.run();
        return currentStarted;
    }

    private void end(StepRecord step) {
        current = null;
        records.add(step);
        changed.run();
    }

    static boolean isCancellation(Throwable failure) {
        return failure instanceof OperationCanceledException || failure instanceof HostCancelledException
            || failure instanceof GatewayCancelledException;
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
}
