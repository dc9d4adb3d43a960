package io.arrowhead.core.hosts;

/** Told of every record appended to an {@link OperationsLog}, on the thread of the operation that ended. */
@FunctionalInterface
public interface OperationsLogListener {

    void recordAppended(OperationRecord record);
}
