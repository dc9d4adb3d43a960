package io.arrowhead.hosts;

import java.nio.file.Path;

/**
 * The host presented a key that a known hosts file marks {@code @revoked}. As in OpenSSH, such a key is refused
 * outright: nobody is asked, nothing is authenticated or run. The message names the file and the line.
 */
public final class HostKeyRevokedException extends HostException {

    private static final long serialVersionUID = 1L;

    private final transient Path knownHostsFile;
    private final int lineNumber;

    public HostKeyRevokedException(String message, Path knownHostsFile, int lineNumber) {
        super(message);
        this.knownHostsFile = knownHostsFile;
        this.lineNumber = lineNumber;
    }

    /** The known hosts file whose {@code @revoked} line names the key. */
    public Path getKnownHostsFile() {
        return knownHostsFile;
    }

    /** The line of that file, counting from 1. */
    public int getLineNumber() {
        return lineNumber;
    }
}
