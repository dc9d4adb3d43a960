package io.arrowhead.cli.internal.commands;

import java.util.List;

import io.arrowhead.cli.internal.CliException;
import io.arrowhead.cli.internal.CliSession;
import io.arrowhead.cli.internal.ExitCodes;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.hosts.ContainerUse;
import io.arrowhead.hosts.DockerHost;
import io.arrowhead.hosts.HostKeyRejectedException;
import io.arrowhead.hosts.HostSession;

/**
 * What detach and move check on the host before they ask for confirmation, as the console does before its dialog:
 * the Docker volume exists, and no container uses it. The core's operation checks again when it runs.
 */
final class DockerVolumeChecks {

    private DockerVolumeChecks() {
    }

    /** Exit 3 without the Docker volume; exit 1 naming the containers that use it. */
    static void requireUnused(CliSession session, ManagedHost host, String dockerVolume) throws Exception {
        try (HostSession ssh = session.hosts().open(host)) {
            DockerHost docker = new DockerHost(ssh);
            if (docker.inspectVolume(dockerVolume).isEmpty()) {
                throw CliException.notFound("There is no Docker volume named " + dockerVolume + " on " + host.name()
                    + ".");
            }
            List<ContainerUse> users = docker.containersUsing(dockerVolume);
            if (!users.isEmpty()) {
                throw new CliException(ExitCodes.FAILURE, "Docker volume " + dockerVolume + " on " + host.name()
                    + " is used by " + String.join(", ", users.stream().map(u -> u.name() + " (" + u.state() + ")")
                        .toList()) + ". Remove " + (users.size() == 1 ? "that container" : "those containers")
                    + " first; nothing was changed.");
            }
        } catch (HostKeyRejectedException e) {
            throw CommandInputs.untrusted(e);
        }
    }
}
