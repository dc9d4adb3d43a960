package io.arrowhead.cli.internal.commands;

import io.arrowhead.cli.internal.CliCommand;
import io.arrowhead.cli.internal.CliSession;

/** A command on one gateway's cluster: it logs in to the gateway that {@code --gateway} names and loads its cluster. */
abstract class ClusterCommand extends CliCommand {

    @Override
    protected final int run(CliSession session) throws Exception {
        return run(new ConnectedCluster(session));
    }

    /** Does the command's work on the loaded cluster; returns its exit code, normally {@code ExitCodes.OK}. */
    protected abstract int run(ConnectedCluster cluster) throws Exception;
}
