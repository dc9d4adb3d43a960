package io.arrowhead.hosts;

/** A command ran on the host and exited with a non-zero status. */
public final class HostCommandException extends HostException {

    private static final long serialVersionUID = 1L;

    private final String command;
    private final int exitCode;
    private final String stderr;

    public HostCommandException(String message, String command, int exitCode, String stderr) {
        super(message);
        this.command = command;
        this.exitCode = exitCode;
        this.stderr = stderr;
    }

    /** The command line as sent, without the timeout wrapper. */
    public String command() {
        return command;
    }

    public int exitCode() {
        return exitCode;
    }

    public String stderr() {
        return stderr;
    }
}
