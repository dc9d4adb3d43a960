package io.arrowhead.scaleio.simulator.internal.http;

/**
 * Answers requests; called on a virtual thread of its own, so it may block (latency and hang faults do).
 * Blocking waits must end on interruption, which is how the server stops a handler.
 */
@FunctionalInterface
public interface HttpHandler {

    HttpResponse handle(HttpRequest request);
}
