package io.arrowhead.core.hosts;

/**
 * Told of every record appended to an {@link OperationsLog}, and of operations while they run, on the thread of the
 * operation. A running operation's record has no outcome yet ({@link OperationRecord#isRunning()}); its last step
 * may be running too.
 */
@FunctionalInterface
public interface OperationsLogListener {

    /** An operation ended and its record was appended. */
    void recordAppended(OperationRecord record);

    /** An operation started, before its first step. */
    default void operationStarted(OperationRecord running) {
    }

    /** A step of a running operation started or ended; the record has every step so far. */
    default void operationProgressed(OperationRecord running) {
    }
}
