package io.arrowhead.cli.internal;

import java.util.concurrent.Callable;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that does something: it gets a {@link CliSession} on the core for its run, and the core shuts down after
 * it, as when the process ends. A failure is thrown, as a {@link CliException} or as whatever the core threw; the
 * command line prints it and exits with its code.
 */
public abstract class CliCommand implements Callable<Integer> {

    @Mixin
    protected SessionOptions options;

    @Spec
    protected CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        ArrowheadCli cli = (ArrowheadCli) spec.root().userObject();
        try (CliSession session = new CliSession(cli.terminal(), options)) {
            return run(session);
        }
    }

    /** Does the command's work; returns its exit code, normally {@link ExitCodes#OK}. */
    protected abstract int run(CliSession session) throws Exception;
}
