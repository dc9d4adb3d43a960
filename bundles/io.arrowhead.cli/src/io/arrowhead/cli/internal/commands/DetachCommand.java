package io.arrowhead.cli.internal.commands;

import io.arrowhead.cli.internal.CliCommand;
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
 * {@code detach}: the console's Detach from Docker Host: refused while a container uses the Docker volume (naming
 * them), else confirmed, then the core's detach removes the Docker volume and unmaps the ScaleIO volume.
 */
@Command(name = "detach", description = "Removes a Docker volume Arrowhead made and unmaps its ScaleIO volume from "
    + "the host. Refused while any container uses it. Asks first; --yes when not on a terminal.",
    footerHeading = "%nExample:%n", footer = "  arrowhead-cli detach db-01 --host docker-07 --gateway lab --yes")
public final class DetachCommand extends CliCommand {

    @Parameters(paramLabel = "DOCKERVOLUME", description = "The Docker volume on the host.")
    String dockerVolume;

    @Option(names = "--host", required = true, paramLabel = "HOST", description = "The Docker host, by name.")
    String host;

    @Option(names = "--delete-volume", description = "Then delete the ScaleIO volume too (not its snapshots).")
    boolean deleteVolume;

    @Override
    protected int run(CliSession session) throws Exception {
        String name = DockerNames.requireVolumeName(dockerVolume.strip());
        ManagedHost from = CommandInputs.host(session, host);
        GatewayConnection gateway = session.gateway();
        DockerVolumeChecks.requireUnused(session, from, name);
        session.confirm("Detach Docker volume " + name + " from " + from.name() + " and unmap its ScaleIO volume"
            + (deleteVolume ? ", then DELETE that volume?" : "?"));
        session.connect(gateway);
        OperationRunner.run(session, HostOperations.detach(gateway, from, name, deleteVolume));
        return ExitCodes.OK;
    }
}
