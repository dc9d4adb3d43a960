package io.arrowhead.hosts;

/** The host could not be reached: unknown name, refused, unreachable or too slow to answer. */
public final class HostConnectException extends HostException {

    private static final long serialVersionUID = 1L;

    public HostConnectException(String message) {
        super(message);
    }

    public HostConnectException(String message, Throwable cause) {
        super(message, cause);
    }
}
