package io.arrowhead.hosts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.arrowhead.hosts.internal.HostOutput;
import io.arrowhead.scaleio.client.ScaleIoIds;

/** The ScaleIO device commands of {@link DockerHost}: device links, drv_cfg and waiting for a mapped volume. */
final class SdcDevices {

    static final List<String> DRV_CFG_PATHS = List.of("/opt/emc/scaleio/sdc/bin/drv_cfg", "/bin/emc/scaleio/drv_cfg");
    private static final Duration POLL = Duration.ofMillis(500);

    private final HostSession session;
    private volatile String drvCfg;

    SdcDevices(HostSession session) {
        this.session = session;
    }

    List<ScaleIoDevice> list() throws HostException {
        ShellCommand list = ShellCommand.of("ls", "-1", SdcDeviceLinks.LINK_DIRECTORY);
        CommandResult ls = session.run(list, timeout());
        if (ls.exitCode() == 2) {
            return List.of(); // no by-id directory: no disks with ids at all
        }
        if (ls.exitCode() != 0) {
            throw session.failure(list, ls);
        }
        List<ScaleIoDevice> devices = new ArrayList<>();
        for (HostOutput.VolumeRef ref : HostOutput.deviceLinks(ls.stdout())) {
            String link = SdcDeviceLinks.linkPath(ref.systemId(), ref.volumeId());
            devices.add(new ScaleIoDevice(ref.systemId(), ref.volumeId(), link, resolve(link)));
        }
        return devices;
    }

    Optional<ScaleIoDevice> find(String anySystemId, String anyVolumeId) throws HostException {
        String systemId = ScaleIoIds.requireObjectId(anySystemId, "system id");
        String volumeId = ScaleIoIds.requireObjectId(anyVolumeId, "volume id");
        String link = SdcDeviceLinks.linkPath(systemId, volumeId);
        if (!isBlockDevice(link)) {
            return Optional.empty();
        }
        return Optional.of(new ScaleIoDevice(systemId, volumeId, link, resolve(link)));
    }

    ScaleIoDevice waitFor(String anySystemId, String anyVolumeId, Duration timeout) throws HostException {
        String systemId = ScaleIoIds.requireObjectId(anySystemId, "system id");
        String volumeId = ScaleIoIds.requireObjectId(anyVolumeId, "volume id");
        String link = SdcDeviceLinks.linkPath(systemId, volumeId);
        long mark = session.cancellationMark();
        long started = System.nanoTime();
        boolean rescanned = false;
        while (true) {
            if (isBlockDevice(link)) {
                return new ScaleIoDevice(systemId, volumeId, link, resolve(link));
            }
            Duration waited = Duration.ofNanos(System.nanoTime() - started);
            if (waited.compareTo(timeout) >= 0) {
                throw new DeviceWaitTimeoutException(link + " did not appear on " + session.host().displayName()
                    + " within " + timeout.toSeconds() + " s.", link, timeout);
            }
            if (!rescanned && waited.compareTo(timeout.dividedBy(2)) >= 0) {
                rescanned = true;
                // Some SDC versions only pick up a new mapping on a rescan; its exit code does not matter here.
                String path = drvCfgPath();
                if (path != null) {
                    session.run(ShellCommand.of(path, "--rescan"), timeout());
                }
            }
            session.pause(mark, POLL, "waiting for " + link);
        }
    }

    String drvCfgPath() throws HostException {
        if (drvCfg == null) {
            for (String path : DRV_CFG_PATHS) {
                if (session.run(ShellCommand.of("test", "-x", path), timeout()).exitCode() == 0) {
                    drvCfg = path;
                    break;
                }
            }
        }
        return drvCfg;
    }

    String requireDrvCfg() throws HostException {
        String path = drvCfgPath();
        if (path == null) {
            throw new HostException("No ScaleIO SDC is installed on " + session.host().displayName() + ".");
        }
        return path;
    }

    private boolean isBlockDevice(String link) throws HostException {
        return session.run(ShellCommand.of("test", "-b", link), timeout()).exitCode() == 0;
    }

    private String resolve(String link) throws HostException {
        return session.check(ShellCommand.of("readlink", "-f", link), timeout()).stdout().strip();
    }

    private Duration timeout() {
        return session.commandTimeout();
    }
}
