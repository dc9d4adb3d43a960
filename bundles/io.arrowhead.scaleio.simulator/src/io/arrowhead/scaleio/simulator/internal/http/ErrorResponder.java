package io.arrowhead.scaleio.simulator.internal.http;

/**
 * Renders the answer to a request the server refused before any handler saw it (malformed, too large, ...), so
 * that those answers look like the rest of the application's errors.
 */
@FunctionalInterface
public interface ErrorResponder {

    HttpResponse respond(int status, String message);
}
