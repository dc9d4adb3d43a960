package io.arrowhead.scaleio.simulator.internal.http;

/** A request the server cannot serve; the connection answers with the status and then closes. */
final class HttpProtocolException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;

    HttpProtocolException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
