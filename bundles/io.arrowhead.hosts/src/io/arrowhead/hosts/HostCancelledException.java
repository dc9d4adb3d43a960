package io.arrowhead.hosts;

/** The command in flight was aborted because the session was cancelled from another thread. */
public final class HostCancelledException extends HostException {

    private static final long serialVersionUID = 1L;

    public HostCancelledException(String message) {
        super(message);
    }

    public HostCancelledException(String message, Throwable cause) {
        super(message, cause);
    }
}
