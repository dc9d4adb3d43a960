package io.arrowhead.hosts;

import java.io.IOException;

/** A failure talking to a Docker host; the message is a complete sentence that names the host. */
public class HostException extends IOException {

    private static final long serialVersionUID = 1L;

    public HostException(String message) {
        super(message);
    }

    public HostException(String message, Throwable cause) {
        super(message, cause);
    }
}
