package io.arrowhead.hosts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DockerHost against this machine's shell over SSH: there is no Docker and no SDC here, which exercises the paths
 * for hosts without them; the lab tests cover real Docker and ScaleIO.
 */
class DockerHostTest {

    private static final ScaleIoDevice DEVICE = new ScaleIoDevice("218ce1797566a00f", "6c33633100000009",
        SdcDeviceLinks.linkPath("218ce1797566a00f", "6c33633100000009"), "/dev/scinia");

    @TempDir
    Path dir;
    private LocalShellServer server;
    private SshHosts hosts;
    private HostSession session;
    private DockerHost docker;

    @BeforeEach
    void connect() throws Exception {
        server = new LocalShellServer(dir.resolve("host-key"), 0);
        hosts = new SshHosts(new HostKeyStore(dir.resolve("known_hosts"), List.of()),
            (host, type, fingerprint) -> HostKeyDecision.ACCEPT_ONCE, host -> LocalShellServer.PASSWORD.toCharArray(),
            HostTimeouts.defaults());
        session = hosts.open(server.passwordHost());
        docker = new DockerHost(session);
    }

    @AfterEach
    void disconnect() throws Exception {
        hosts.close();
        server.close();
    }

    @Test
    void hostileNamesAreRefusedBeforeAnythingIsSent() {
        for (String name : new String[] {"a;rm -rf /", "$(id)", "`id`", "x'y"}) {
            assertThrows(IllegalArgumentException.class, () -> docker.createVolume(name, DEVICE, FilesystemType.EXT4));
            assertThrows(IllegalArgumentException.class, () -> docker.inspectVolume(name));
            assertThrows(IllegalArgumentException.class, () -> docker.removeVolume(name));
            assertThrows(IllegalArgumentException.class, () -> docker.containersUsing(name));
        }
        assertThrows(IllegalArgumentException.class, () -> docker.probeFilesystem("/dev/sda; reboot"));
        assertThrows(IllegalArgumentException.class, () -> docker.makeFilesystem("/dev/../etc", FilesystemType.XFS));
        assertThrows(IllegalArgumentException.class, () -> docker.findDevice("$(id)", "1"));
        assertThrows(IllegalArgumentException.class, () -> docker.createVolume("ok-name",
            new ScaleIoDevice("1;id", "2", "/dev/x", "/dev/x"), FilesystemType.EXT4));
        assertEquals(List.of(), server.commands);
    }

    @Test
    void probeReportsWhatIsMissing() throws Exception {
        HostProbe probe = docker.probe();
        assertTrue(probe.kernel().startsWith("Linux "), probe.kernel());
        assertNotNull(probe.os());
        if (!probe.dockerUsable()) {
            assertTrue(probe.dockerError().contains("docker"), probe.dockerError());
        }
        assertNull(probe.drvCfgPath());
        assertNull(probe.sdcGuid());
        assertTrue(server.commands.contains("timeout -k 5 60 docker version --format '{{.Server.Version}}'"),
            server.commands.toString());
        HostException noSdc = assertThrows(HostException.class, docker::queryGuid);
        assertEquals("No ScaleIO SDC is installed on " + session.host().displayName() + ".", noSdc.getMessage());
    }

    @Test
    void aHostWithoutDeviceLinksHasNoDevices() throws Exception {
        if (!java.nio.file.Files.isDirectory(Path.of(SdcDeviceLinks.LINK_DIRECTORY))) {
            assertEquals(List.of(), docker.listDevices());
        }
        assertTrue(docker.findDevice("218ce1797566a00f", "6c33633100000009").isEmpty());
    }

    @Test
    void blkidFindingNothingMeansBlank() throws Exception {
        assertTrue(docker.probeFilesystem("/dev/null").isBlank());
        assertTrue(server.commands.contains("timeout -k 5 60 blkid -p -o export /dev/null"), server.commands.toString());
    }

    @Test
    void aDeviceWaitCanBeCancelled() throws Exception {
        CompletableFuture<ScaleIoDevice> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return docker.waitForDevice("218ce1797566a00f", "6c33633100000009", Duration.ofMinutes(10));
            } catch (HostException e) {
                throw new CompletionException(e);
            }
        });
        assertTrue(Tools.eventually(() -> server.commands.size() >= 2), "the wait did not poll");
        assertTrue(server.commands.getFirst().endsWith("test -b " + DEVICE.linkPath()), server.commands.getFirst());
        session.cancel();
        ExecutionException failure = assertThrows(ExecutionException.class, waiting::get);
        assertTrue(failure.getCause() instanceof HostCancelledException, failure.getCause().toString());
    }

    @Test
    void aDeviceThatNeverAppearsTimesOutNamingTheLink() throws Exception {
        DeviceWaitTimeoutException timeout = assertThrows(DeviceWaitTimeoutException.class,
            () -> docker.waitForDevice("218ce1797566a00f", "6c33633100000009", Duration.ofSeconds(2)));
        assertEquals(DEVICE.linkPath(), timeout.linkPath());
        assertTrue(timeout.getMessage().contains(DEVICE.linkPath() + " did not appear on "
            + session.host().displayName() + " within 2 s"), timeout.getMessage());
        assertTrue(server.commands.stream().filter(c -> c.contains("test -b")).count() >= 2);
    }

    @Test
    void dockerFailuresCarryStderr() throws Exception {
        if (docker.probe().dockerUsable()) {
            return; // this check is about hosts without Docker
        }
        HostCommandException failure = assertThrows(HostCommandException.class, docker::listVolumes);
        assertTrue(failure.exitCode() != 0);
        assertTrue(!failure.stderr().isBlank());
        assertTrue(failure.getMessage().contains("docker volume ls -q"), failure.getMessage());
    }
}
