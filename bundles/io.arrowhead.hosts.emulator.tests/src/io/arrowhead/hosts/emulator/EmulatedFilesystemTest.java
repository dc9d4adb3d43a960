package io.arrowhead.hosts.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.arrowhead.hosts.emulator.EmulatorFixture.Result;

/** blkid and mkfs on emulated devices: the filesystem belongs to the volume and follows it between hosts. */
class EmulatedFilesystemTest {

    @TempDir
    static Path directory;
    private static EmulatorFixture fixture;
    private EmulatedDockerHost alpha;
    private EmulatedDockerHost beta;

    @BeforeAll
    static void startSimulator() throws Exception {
        fixture = new EmulatorFixture(directory);
    }

    @AfterAll
    static void stopSimulator() throws Exception {
        fixture.close();
    }

    @BeforeEach
    void startHosts() throws Exception {
        alpha = fixture.startHost(fixture.uniqueName("alpha"));
        beta = fixture.startHost(fixture.uniqueName("beta"));
    }

    @AfterEach
    void stopHosts() throws Exception {
        fixture.closeHosts();
    }

    private String mapNew(String name, EmulatedDockerHost host) throws Exception {
        String volumeId = fixture.createVolume(name);
        fixture.map(volumeId, host);
        EmulatorFixture.settle();
        return "/dev/disk/by-id/emc-vol-" + fixture.systemId() + "-" + volumeId;
    }

    @Test
    void aBlankVolumeIsFormattedOnceAndThenRefused() throws Exception {
        String link = mapNew("fs-once", alpha);
        assertEquals(new Result(2, "", ""), fixture.run(alpha, "blkid", "-p", "-o", "export", link));

        assertEquals(new Result(0, "", ""), fixture.run(alpha, "mkfs.ext4", "-q", link));
        Result probe = fixture.run(alpha, "blkid", "-p", "-o", "export", "/dev/scinia");
        assertEquals(0, probe.exitCode());
        assertTrue(probe.stdout().startsWith("DEVNAME=/dev/scinia\n"), probe.stdout());
        assertTrue(probe.stdout().contains("\nTYPE=ext4\n"), probe.stdout());
        assertTrue(probe.stdout().matches("(?s).*\nUUID=[0-9a-f-]{36}\n.*"), probe.stdout());

        Result again = fixture.run(alpha, "mkfs.ext4", "-q", link);
        assertEquals(1, again.exitCode());
        assertTrue(again.stderr().contains(link + " contains a ext4 file system"), again.stderr());
        Result xfs = fixture.run(alpha, "mkfs.xfs", "-q", link);
        assertEquals(1, xfs.exitCode());
        assertTrue(xfs.stderr().contains("appears to contain an existing filesystem (ext4)"), xfs.stderr());
    }

    @Test
    void theFilesystemFollowsTheVolumeToAnotherHost() throws Exception {
        String link = mapNew("fs-follows", alpha);
        assertEquals(0, fixture.run(alpha, "mkfs.xfs", "-q", link).exitCode());
        String onAlpha = fixture.run(alpha, "blkid", "-p", "-o", "export", link).stdout();
        String volumeId = link.substring(link.lastIndexOf('-') + 1);

        fixture.unmap(volumeId, alpha);
        fixture.map(volumeId, beta);
        EmulatorFixture.settle();
        assertEquals(2, fixture.run(alpha, "blkid", "-p", "-o", "export", link).exitCode(), "gone from alpha");
        Result onBeta = fixture.run(beta, "blkid", "-p", "-o", "export", link);
        assertEquals(0, onBeta.exitCode());
        assertEquals(onAlpha, onBeta.stdout(), "same type and UUID, same link name");
        assertTrue(onBeta.stdout().contains("TYPE=xfs\n"), onBeta.stdout());
    }

    @Test
    void missingDevicesAndTheSystemDiskAreNeverFormatted() throws Exception {
        String missing = "/dev/disk/by-id/emc-vol-" + fixture.systemId() + "-00000000deadbeef";
        Result probe = fixture.run(alpha, "blkid", "-p", "-o", "export", missing);
        assertEquals(2, probe.exitCode());
        assertTrue(probe.stderr().contains("No such file or directory"), probe.stderr());
        assertEquals(1, fixture.run(alpha, "mkfs.ext4", "-q", missing).exitCode());
        assertEquals(1, fixture.run(alpha, "mkfs.xfs", "-q", missing).exitCode());
        assertEquals(1, fixture.run(alpha, "mkfs.ext4", "-q", "/dev/sda1").exitCode());
        assertTrue(fixture.run(alpha, "blkid", "-p", "-o", "export", "/dev/sda1").stdout().contains("TYPE=ext4"));
    }
}
