package io.arrowhead.hosts.emulator.internal;

/** What one emulated command answers: exit status and the text of its two output streams. */
public record Reply(int exitCode, String stdout, String stderr) {

    public static Reply ok(String stdout) {
        return new Reply(0, stdout, "");
    }

    /** Exit status alone, as from {@code test}. */
    public static Reply status(int exitCode) {
        return new Reply(exitCode, "", "");
    }

    /** A failure with a message; a line break is added as every tool does. */
    public static Reply error(int exitCode, String message) {
        return new Reply(exitCode, "", message.endsWith("\n") ? message : message + "\n");
    }

    /** Lines joined with a trailing line break, or nothing for no lines. */
    public static String lines(Iterable<String> lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line).append('\n');
        }
        return text.toString();
    }
}
