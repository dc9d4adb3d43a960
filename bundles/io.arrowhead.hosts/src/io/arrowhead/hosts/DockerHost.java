package io.arrowhead.hosts;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.arrowhead.hosts.internal.HostOutput;

/**
 * Typed operations on a Docker host with a ScaleIO SDC, over one open {@link HostSession}. Every argument is
 * validated before anything is sent, and every word is quoted by {@link ShellCommand}.
 */
public final class DockerHost {

    private static final Pattern DEVICE_PATH = Pattern.compile("/dev/[A-Za-z0-9/_.-]+");
    private static final Duration MKFS_TIMEOUT = Duration.ofMinutes(10);

    private final HostSession session;
    private final DockerVolumes volumes;
    private final SdcDevices devices;

    public DockerHost(HostSession session) {
        this.session = session;
        this.volumes = new DockerVolumes(session);
        this.devices = new SdcDevices(session);
    }

    public HostSession session() {
        return session;
    }

    /** What the host runs; Docker or SDC trouble is reported in the result, not thrown. */
    public HostProbe probe() throws HostException {
        String kernel = session.check(ShellCommand.of("uname", "-sr"), timeout()).stdout().strip();
        CommandResult osRelease = session.run(ShellCommand.of("cat", "/etc/os-release"), timeout());
        String os = osRelease.exitCode() == 0 ? HostOutput.keyValues(osRelease.stdout()).get("PRETTY_NAME") : null;
        CommandResult docker = session.run(
            ShellCommand.of("docker", "version", "--format", "{{.Server.Version}}"), timeout());
        String dockerVersion = docker.exitCode() == 0 ? docker.stdout().strip() : null;
        String dockerError = null;
        if (dockerVersion == null || dockerVersion.isEmpty()) {
            dockerVersion = null;
            String reason = HostOutput.firstLine(docker.stderr());
            dockerError = reason.isEmpty() ? "docker version exited with code " + docker.exitCode() : reason;
        }
        String path = devices.drvCfgPath();
        String guid = null;
        if (path != null) {
            CommandResult query = session.run(ShellCommand.of(path, "--query_guid"), timeout());
            guid = query.exitCode() == 0 ? HostOutput.guid(query.stdout()) : null;
        }
        return new HostProbe(os, kernel, dockerVersion, dockerError, path, guid);
    }

    /** The SDC's GUID, upper case. */
    public String queryGuid() throws HostException {
        CommandResult result = session.check(ShellCommand.of(devices.requireDrvCfg(), "--query_guid"), timeout());
        String guid = HostOutput.guid(result.stdout());
        if (guid == null) {
            throw new HostException("The ScaleIO SDC on " + session.host().displayName() + " reported no GUID ('"
                + HostOutput.firstLine(result.stdout()) + "').");
        }
        return guid;
    }

    /** Every ScaleIO volume that shows up as a device link, with what each link resolves to. */
    public List<ScaleIoDevice> listDevices() throws HostException {
        return devices.list();
    }

    public Optional<ScaleIoDevice> findDevice(String systemId, String volumeId) throws HostException {
        return devices.find(systemId, volumeId);
    }

    /**
     * Waits for a freshly mapped volume's device: polls {@code test -b} every 500 ms and asks the SDC to rescan once,
     * half way. {@link HostSession#cancel()} ends the wait with {@link HostCancelledException}.
     */
    public ScaleIoDevice waitForDevice(String systemId, String volumeId, Duration timeout) throws HostException {
        return devices.waitFor(systemId, volumeId, timeout);
    }

    /** The drv_cfg tool of the installed SDC (first known path that exists), or null. */
    public String drvCfgPath() throws HostException {
        return devices.drvCfgPath();
    }

    /** What blkid finds on the device; an unclear answer is an error, never "blank". */
    public FilesystemProbe probeFilesystem(String devicePath) throws HostException {
        requireDevicePath(devicePath);
        CommandResult blkid = session.run(ShellCommand.of("blkid", "-p", "-o", "export", devicePath), timeout());
        if (blkid.exitCode() == 2) {
            return FilesystemProbe.blank();
        }
        String where = devicePath + " on " + session.host().displayName();
        if (blkid.exitCode() != 0) {
            String reason = HostOutput.firstLine(blkid.stderr());
            throw new HostException("Arrowhead cannot tell whether " + where + " holds a filesystem (blkid exit code "
                + blkid.exitCode() + (reason.isEmpty() ? ")." : ": " + reason + ")."));
        }
        Map<String, String> found = HostOutput.keyValues(blkid.stdout());
        if (found.get("TYPE") != null) {
            return new FilesystemProbe(found.get("TYPE"), found.get("UUID"), found.get("LABEL"));
        }
        if (found.get("PTTYPE") != null) {
            throw new HostException(where + " holds a " + found.get("PTTYPE")
                + " partition table, not a filesystem; Arrowhead leaves it alone.");
        }
        throw new HostException("Arrowhead cannot tell whether " + where
            + " holds a filesystem (blkid printed no type).");
    }

    /** Runs mkfs without force flags (the tools refuse to overwrite an existing filesystem); allows 10 minutes. */
    public void makeFilesystem(String devicePath, FilesystemType type) throws HostException {
        requireDevicePath(devicePath);
        session.check(ShellCommand.of("mkfs." + type.toolName(), "-q", devicePath), MKFS_TIMEOUT);
    }

    public DockerVolume createVolume(String name, ScaleIoDevice device, FilesystemType type) throws HostException {
        return volumes.create(name, device, type);
    }

    public Optional<DockerVolume> inspectVolume(String name) throws HostException {
        return volumes.inspect(name);
    }

    public List<DockerVolume> listVolumes() throws HostException {
        return volumes.list();
    }

    public void removeVolume(String name) throws HostException {
        volumes.remove(name);
    }

    /** Containers in any state that use the volume. */
    public List<ContainerUse> containersUsing(String volumeName) throws HostException {
        return volumes.containersUsing(volumeName);
    }

    /** Device paths go to mkfs and blkid, so only plain /dev paths pass. */
    static String requireDevicePath(String path) {
        if (path == null || !DEVICE_PATH.matcher(path).matches() || path.contains("..")) {
            throw new IllegalArgumentException("'" + path + "' is not a device path under /dev.");
        }
        return path;
    }

    private Duration timeout() {
        return session.commandTimeout();
    }
}
