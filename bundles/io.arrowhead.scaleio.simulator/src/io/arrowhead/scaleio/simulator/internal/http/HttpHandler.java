package io.arrowhead.scaleio.simulator.internal.http;

/**
 * Answers requests; called on a virtual thread of its own, so it may block (latency and hang faults do).
 * Blocking waits must end on interruption, which is how the server stops a handler.
 */
@FunctionalInterface
public interface HttpHandler {

    HttpResponse handle(HttpRequest request);

    /**
     * Decides from method, target and header fields alone, before a byte of the body is read, whether the request
     * may send its body: {@code null} lets it, an answer refuses it (the connection then closes). Only asked for
     * requests that have a body; the default admits every one.
     *
     * @param head the request with an empty body
     */
    default HttpResponse admit(HttpRequest head) {
        return null;
    }
}
