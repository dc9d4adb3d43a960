package io.arrowhead.hosts;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.arrowhead.hosts.internal.DockerJson;

/** The Docker volume and container commands of {@link DockerHost}. */
final class DockerVolumes {

    /** Names per inspect call, so that command lines stay short. */
    private static final int INSPECT_BATCH = 50;

    private final HostSession session;

    DockerVolumes(HostSession session) {
        this.session = session;
    }

    DockerVolume create(String name, ScaleIoDevice device, FilesystemType type) throws HostException {
        DockerNames.requireVolumeName(name);
        String link = SdcDeviceLinks.linkPath(device.systemId(), device.volumeId());
        ShellCommand create = ShellCommand.of("docker", "volume", "create", "--driver", "local",
            "--opt", "type=" + type.toolName(), "--opt", "device=" + link);
        if (type == FilesystemType.XFS) {
            // A copy of an XFS volume (snapshot) carries the same UUID, which XFS refuses to mount twice.
            create = create.with("--opt", "o=nouuid");
        }
        create = create.with("--label", DockerVolume.SYSTEM_ID_LABEL + "=" + device.systemId(),
            "--label", DockerVolume.VOLUME_ID_LABEL + "=" + device.volumeId(), name);
        session.check(create, timeout());
        return inspect(name).orElseThrow(() -> new HostException("Docker on " + session.host().displayName()
            + " created volume " + name + " but does not list it."));
    }

    Optional<DockerVolume> inspect(String name) throws HostException {
        DockerNames.requireVolumeName(name);
        ShellCommand inspect = ShellCommand.of("docker", "volume", "inspect", name);
        CommandResult result = session.run(inspect, timeout());
        if (result.exitCode() != 0 && isNoSuchVolume(result)) {
            return Optional.empty();
        }
        if (result.exitCode() != 0) {
            throw session.failure(inspect, result);
        }
        return parse(result.stdout()).stream().filter(volume -> name.equals(volume.name())).findFirst();
    }

    /**
     * Docker 23 and later say "Error: No such volume: x"; 20.10 says "Error response from daemon: get x: no such
     * volume".
     */
    private static boolean isNoSuchVolume(CommandResult result) {
        return result.stderr().toLowerCase(Locale.ROOT).contains("no such volume");
    }

    List<DockerVolume> list() throws HostException {
        List<String> names = new ArrayList<>();
        String listed = session.check(ShellCommand.of("docker", "volume", "ls", "-q"), timeout()).stdout();
        for (String line : listed.split("\n")) {
            if (DockerNames.isVolumeName(line.strip())) {
                names.add(line.strip());
            }
        }
        List<DockerVolume> volumes = new ArrayList<>();
        for (int from = 0; from < names.size(); from += INSPECT_BATCH) {
            List<String> batch = names.subList(from, Math.min(names.size(), from + INSPECT_BATCH));
            ShellCommand inspect = ShellCommand.of("docker", "volume", "inspect").with(batch.toArray(String[]::new));
            CommandResult result = session.run(inspect, timeout());
            // A volume removed since ls makes inspect fail but still print the others.
            if (result.exitCode() != 0 && !isNoSuchVolume(result)) {
                throw session.failure(inspect, result);
            }
            volumes.addAll(parse(result.stdout()));
        }
        return volumes;
    }

    void remove(String name) throws HostException {
        DockerNames.requireVolumeName(name);
        session.check(ShellCommand.of("docker", "volume", "rm", name), timeout());
    }

    List<ContainerUse> containersUsing(String volumeName) throws HostException {
        DockerNames.requireVolumeName(volumeName);
        CommandResult ps = session.check(ShellCommand.of("docker", "ps", "-a", "--filter", "volume=" + volumeName,
            "--format", "{{json .}}"), timeout());
        try {
            return DockerJson.containers(ps.stdout());
        } catch (IOException e) {
            throw oddAnswer(e);
        }
    }

    private List<DockerVolume> parse(String json) throws HostException {
        try {
            return DockerJson.volumes(json);
        } catch (IOException e) {
            throw oddAnswer(e);
        }
    }

    private HostException oddAnswer(IOException e) {
        return new HostException("Docker on " + session.host().displayName() + " answered oddly: " + e.getMessage(), e);
    }

    private Duration timeout() {
        return session.commandTimeout();
    }
}
