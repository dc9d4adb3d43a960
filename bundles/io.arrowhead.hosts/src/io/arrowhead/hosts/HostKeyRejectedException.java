package io.arrowhead.hosts;

/** The host presented an unknown key and the user (or the default policy) refused to trust it. */
public final class HostKeyRejectedException extends HostException {

    private static final long serialVersionUID = 1L;

    public HostKeyRejectedException(String message) {
        super(message);
    }

    public HostKeyRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
