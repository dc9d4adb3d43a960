package io.arrowhead.core;

/**
 * Told of every {@link ConnectionEvent}. Called on the thread that made the change, usually a job's, so a UI
 * listener must hand the event to its display itself.
 */
@FunctionalInterface
public interface ConnectionListener {

    void connectionChanged(ConnectionEvent event);
}
