package io.arrowhead.hosts.emulator.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

import io.arrowhead.hosts.emulator.EmulatedSan;
import io.arrowhead.hosts.emulator.SanBackend;

/** The parts of one emulated host, wired together: its devices, files, tools and Docker daemon. */
public final class HostTools {

    private final String guid;
    private final String sdcIp;
    private final DeviceTable devices;
    private final DrvCfg drvCfg;
    private final DockerDaemon docker;
    private final HostShell shell;

    /** @param dockerStateFileOrNull where Docker's volumes and containers are kept; null keeps them in memory only */
    public HostTools(String hostName, String guid, SanBackend backend, EmulatedSan san, Path dockerStateFileOrNull)
            throws IOException {
        this.guid = guid;
        this.sdcIp = HostIdentity.sdcIp(guid);
        this.devices = new DeviceTable(backend, guid);
        HostFiles files = new HostFiles(devices);
        this.drvCfg = new DrvCfg(devices, guid);
        Function<DockerDaemon.Volume, String> mountProblem = volume -> mountProblem(volume, files, san);
        this.docker = dockerStateFileOrNull == null ? new DockerDaemon(mountProblem)
                : new DockerDaemon(mountProblem, dockerStateFileOrNull);
        this.shell = new HostShell(files, new BasicTools(files, hostName), drvCfg,
                new BlockTools(files, devices, san), new DockerCli(docker));
    }

    /** What the local driver's mount would say about a volume backed by a device, or null if it mounts. */
    private String mountProblem(DockerDaemon.Volume volume, HostFiles files, EmulatedSan san) {
        Map<String, String> options = volume.options();
        String device = options.get("device");
        if (device == null) {
            return null;
        }
        String mount = "error while mounting volume '" + volume.mountpoint() + "': failed to mount local volume: "
                + "mount " + device + ":" + volume.mountpoint() + ", flags: 0x0, data: "
                + options.getOrDefault("o", "") + ": ";
        if (files.kind(device) != HostFiles.Kind.BLOCK_DEVICE) {
            return mount + "no such file or directory";
        }
        String type = options.get("type");
        String actual = devices.find(files.canonical(device))
                .flatMap(found -> san.filesystem(found.volumeId())).map(EmulatedSan.Filesystem::type).orElse(null);
        return actual != null && actual.equals(type) ? null : mount + "invalid argument";
    }

    public String guid() {
        return guid;
    }

    public String sdcIp() {
        return sdcIp;
    }

    public DeviceTable devices() {
        return devices;
    }

    public DrvCfg drvCfg() {
        return drvCfg;
    }

    public DockerDaemon docker() {
        return docker;
    }

    public HostShell shell() {
        return shell;
    }
}
