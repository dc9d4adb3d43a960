package io.arrowhead.core.internal.hosts;

import java.util.Objects;

import io.arrowhead.core.hosts.OperationRecord;

/**
 * An operation that failed and already repaired what it could, with the outcome and the sentence to show. The job
 * records it as it is instead of rolling back again.
 */
public final class OperationFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient OperationRecord.Outcome outcome;

    public OperationFailure(OperationRecord.Outcome outcome, String message, Throwable cause) {
        super(message, cause);
        this.outcome = Objects.requireNonNull(outcome);
    }

    public OperationRecord.Outcome outcome() {
        return outcome;
    }
}
