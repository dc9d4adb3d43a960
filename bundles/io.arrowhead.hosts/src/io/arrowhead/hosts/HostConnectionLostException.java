package io.arrowhead.hosts;

/** The connection dropped while a command was running; whether the command finished is unknown. */
public final class HostConnectionLostException extends HostException {

    private static final long serialVersionUID = 1L;

    public HostConnectionLostException(String message) {
        super(message);
    }

    public HostConnectionLostException(String message, Throwable cause) {
        super(message, cause);
    }
}
