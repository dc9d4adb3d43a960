package io.arrowhead.core.hosts;

import java.time.Duration;
import java.util.Objects;

/**
 * One step of a host operation as it happened: what it was, how it ended, what it found or did, and how long it
 * took. Undoing a step is a step of its own, so the log reads in the order things were done. A step still running
 * (seen only in {@link OperationsLog#running()}) has no outcome yet and its time so far.
 */
public record StepRecord(String name, Outcome outcome, String detail, Duration duration) {

    /** How a step ended. */
    public enum Outcome {
        /** The step did what it says. */
        DONE,
        /** The step failed; the operation stopped there. */
        FAILED,
        /** An earlier step was undone. */
        UNDONE,
        /** Undoing an earlier step failed, so its effect is still there. */
        UNDO_FAILED,
        /** Nothing needed doing, for example the volume was already mapped. */
        SKIPPED
    }

    public StepRecord {
        Objects.requireNonNull(name);
        detail = detail == null ? "" : detail;
        duration = duration == null ? Duration.ZERO : duration;
    }

    /** True while the step runs: it has no outcome yet. */
    public boolean isRunning() {
        return outcome == null;
    }
}
