package io.arrowhead.hosts;

/** A command did not finish within its timeout; the host was told to kill it and the client gave up on it. */
public final class HostCommandTimeoutException extends HostException {

    private static final long serialVersionUID = 1L;

    public HostCommandTimeoutException(String message) {
        super(message);
    }

    public HostCommandTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
