package io.arrowhead.cli.internal.commands;

import java.time.Duration;

import io.arrowhead.cli.internal.CliCommand;
import io.arrowhead.cli.internal.CliException;
import io.arrowhead.cli.internal.CliSession;
import io.arrowhead.cli.internal.ExitCodes;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.hosts.HostOperations;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.hosts.DockerNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code move}: the console's move of a Docker volume to another host, as the core's move operation: detach on the
 * source, attach on the target with the same name and filesystem; if the target fails, the volume goes back.
 */
@Command(name = "move", description = "Moves a Docker volume, with its data, from one Docker host to another. "
    + "Refused while any container uses it. Asks first; --yes when not on a terminal.",
    footerHeading = "%nExample:%n",
    footer = "  arrowhead-cli move db-01 --from docker-07 --to docker-08 --gateway lab --yes")
public final class MoveCommand extends CliCommand {

    @Parameters(paramLabel = "DOCKERVOLUME", description = "The Docker volume on the source host.")
    String dockerVolume;

    @Option(names = "--from", required = true, paramLabel = "HOST", description = "The host it is on, by name.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "HOST", description = "The host it goes to, by name.")
    String to;

    @Option(names = "--device-timeout", paramLabel = "SECONDS", defaultValue = "30",
        description = "How long to wait for the device to appear on the target (default 30).")
    long deviceTimeoutSeconds;

    @Override
    protected int run(CliSession session) throws Exception {
        String name = DockerNames.requireVolumeName(dockerVolume.strip());
        ManagedHost source = CommandInputs.host(session, from);
        ManagedHost target = CommandInputs.host(session, to);
        if (source.equals(target) || source.rule().equals(target.rule())) {
            throw CliException.usage("Docker volume " + name + " is already on " + target.name()
                + "; name another host with --to.");
        }
        if (deviceTimeoutSeconds < 1) {
            throw CliException.usage("The device timeout must be at least 1 second.");
        }
        GatewayConnection gateway = session.gateway();
        DockerVolumeChecks.requireUnused(session, source, name);
        session.confirm("Move Docker volume " + name + " from " + source.name() + " to " + target.name() + "?");
        session.connect(gateway);
        OperationRunner.run(session, HostOperations.move(gateway, name, source, target,
            Duration.ofSeconds(deviceTimeoutSeconds)));
        return ExitCodes.OK;
    }
}
