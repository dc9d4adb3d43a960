package io.arrowhead.cli.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless application behind {@code arrowhead-cli}: runs the command its arguments name and returns the exit code,
 * which the launcher makes the process's.
 */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
            new String[0]);
        context.applicationRunning();
        Terminal terminal = new SystemTerminal();
        return ArrowheadCli.run(terminal, args);
    }

    @Override
    public void stop() {
        // A command ends by itself; the framework stops after it.
    }
}
