package io.arrowhead.hosts;

/** The host did not accept the user's key, agent identities or password, or the local key could not be read. */
public final class HostAuthenticationException extends HostException {

    private static final long serialVersionUID = 1L;

    public HostAuthenticationException(String message) {
        super(message);
    }

    public HostAuthenticationException(String message, Throwable cause) {
        super(message, cause);
    }
}
