package io.arrowhead.cli.internal.commands;

import java.time.Duration;
import java.util.Locale;

import io.arrowhead.cli.internal.CliCommand;
import io.arrowhead.cli.internal.CliException;
import io.arrowhead.cli.internal.CliSession;
import io.arrowhead.cli.internal.ExitCodes;
import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.hosts.AttachOptions;
import io.arrowhead.core.hosts.HostOperations;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.core.hosts.StorageProfile;
import io.arrowhead.hosts.DockerNames;
import io.arrowhead.hosts.FilesystemType;
import io.arrowhead.scaleio.client.model.Volume;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code attach}: the console's Attach to Docker Host, as the core's attach operation: map the ScaleIO volume to the
 * host's SDC, make a filesystem only on a blank device, create the Docker volume; undone step by step if one fails.
 */
@Command(name = "attach", description = "Attaches a ScaleIO volume to a Docker host as a Docker volume. A device "
    + "that already holds a filesystem is never formatted.",
    footerHeading = "%nExample:%n", footer = "  arrowhead-cli attach db-01 --host docker-07 --gateway lab --filesystem xfs")
public final class AttachCommand extends CliCommand {

    @Parameters(paramLabel = "VOLUME", description = "The ScaleIO volume, by name or id.")
    String volume;

    @Option(names = "--host", required = true, paramLabel = "HOST", description = "The Docker host, by name.")
    String host;

    @Option(names = "--docker-volume", paramLabel = "NAME",
        description = "The Docker volume's name (default: the ScaleIO volume's name).")
    String dockerVolume;

    @Option(names = "--filesystem", paramLabel = "TYPE",
        description = "ext4 or xfs, made only on a blank device (default: the profile's, else ext4).")
    String filesystem;

    @Option(names = "--profile", paramLabel = "PROFILE",
        description = "A storage profile whose QoS limits (and filesystem) the new mapping gets.")
    String profile;

    @Option(names = "--device-timeout", paramLabel = "SECONDS", defaultValue = "30",
        description = "How long to wait for the device to appear on the host (default 30).")
    long deviceTimeoutSeconds;

    @Override
    protected int run(CliSession session) throws Exception {
        ManagedHost target = CommandInputs.host(session, host);
        StorageProfile chosen = profile == null ? null : ArrowheadCore.storageProfiles().find(profile.strip())
            .orElseThrow(() -> CliException.notFound("No storage profile is named " + profile + ". See: "
                + "arrowhead-cli profile list"));
        FilesystemType type = filesystem != null ? FilesystemType.parse(filesystem)
            : chosen != null ? chosen.filesystem() : FilesystemType.EXT4;
        if (deviceTimeoutSeconds < 1) {
            throw CliException.usage("The device timeout must be at least 1 second.");
        }
        GatewayConnection gateway = session.gateway();
        ClusterModel model = session.connect(gateway);
        Volume found = find(model, gateway, volume.strip());
        String name = dockerVolume != null ? dockerVolume.strip() : found.name();
        if (dockerVolume == null && !DockerNames.isVolumeName(name)) {
            throw CliException.usage("Volume " + found.name() + " cannot be a Docker volume's name; give one with "
                + "--docker-volume NAME.");
        }
        AttachOptions options = new AttachOptions(name, type, false, Duration.ofSeconds(deviceTimeoutSeconds));
        if (chosen != null) {
            options = options.withLimits(chosen.iopsLimit(), chosen.bandwidthMibps());
        }
        OperationRunner.run(session, HostOperations.attach(gateway, found.id(), target, options));
        return ExitCodes.OK;
    }

    /** The volume of that name, else of that id; snapshots count too, as in the console. */
    static Volume find(ClusterModel model, GatewayConnection gateway, String nameOrId) {
        return model.volumeByName(nameOrId).or(() -> model.volume(nameOrId.toLowerCase(Locale.ROOT)))
            .orElseThrow(() -> CliException.notFound("Gateway " + gateway.name() + " has no volume named "
                + nameOrId + " or with that id. See: arrowhead-cli volume list --gateway " + gateway.name()));
    }
}
