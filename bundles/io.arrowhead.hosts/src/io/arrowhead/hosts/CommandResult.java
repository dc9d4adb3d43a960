package io.arrowhead.hosts;

/** What a finished command left behind (output decoded as UTF-8). */
public record CommandResult(int exitCode, String stdout, String stderr) {

    public boolean succeeded() {
        return exitCode == 0;
    }
}
