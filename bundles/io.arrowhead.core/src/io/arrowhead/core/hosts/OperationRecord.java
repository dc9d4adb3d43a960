package io.arrowhead.core.hosts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One host operation in the {@link OperationsLog}: who ran what on which volume and hosts, each step with its outcome,
 * and how it ended. Holds no secrets. An operation still running (seen only in {@link OperationsLog#running()} and
 * by {@link OperationsLogListener}s) has no outcome yet, its steps so far, and the time of its last step as end.
 *
 * @param who the operating-system user and the gateway user, as {@code "alice as admin"}
 * @param message the sentence the operator was shown at the end
 */
public record OperationRecord(String id, Instant start, Instant end, String who, Kind kind, OperationSubject subject,
    List<StepRecord> steps, Outcome outcome, String message) {

    /** What kind of operation. */
    public enum Kind {
        ATTACH, DETACH, MOVE,
        /** A new ScaleIO volume by a storage profile, attached as a new Docker volume. */
        CREATE_AND_ATTACH
    }

    /** How an operation ended. */
    public enum Outcome {
        /** Every step was done. */
        SUCCEEDED,
        /** A step failed and every completed step was undone: the volume is as before. */
        FAILED_ROLLED_BACK,
        /** A step failed and something could not be undone; the message names what is left. */
        FAILED_NEEDS_ATTENTION,
        /** Cancelled by the operator; every completed step was undone. */
        CANCELLED
    }

    public OperationRecord {
        Objects.requireNonNull(id);
        Objects.requireNonNull(start);
        Objects.requireNonNull(kind);
        end = end == null ? start : end;
        subject = subject == null ? new OperationSubject(null, null, null, List.of(), null) : subject;
        steps = steps == null ? List.of() : List.copyOf(steps);
        who = who == null ? "" : who;
        message = message == null ? "" : message;
    }

    /** True while the operation runs: it has no outcome yet. */
    public boolean isRunning() {
        return outcome == null;
    }

    public Duration duration() {
        return Duration.between(start, end);
    }
}
