package io.arrowhead.hosts.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.arrowhead.hosts.emulator.EmulatorFixture.Result;
import io.arrowhead.scaleio.client.model.Sdc;

/** The SDC side of emulated hosts: registration at the gateway, drv_cfg, and devices that follow the mappings. */
class EmulatedSdcTest {

    private static final String DRV_CFG = "/opt/emc/scaleio/sdc/bin/drv_cfg";

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

    @Test
    void eachHostRegistersItsSdcAndDrvCfgReportsIt() throws Exception {
        Sdc sdc = fixture.gateway.sdcs().stream().filter(s -> alpha.sdcGuid().equals(s.sdcGuid())).findFirst()
                .orElseThrow(() -> new AssertionError("alpha's SDC is not at the gateway"));
        assertEquals(alpha.name(), sdc.name());
        assertEquals(alpha.sdcIp(), sdc.sdcIp());
        assertEquals(alpha.sdcId(), sdc.id());
        assertTrue(alpha.sdcIp().startsWith("192.0.2."), alpha.sdcIp());

        assertEquals(new Result(0, alpha.sdcGuid() + "\n", ""), fixture.exec(alpha, DRV_CFG + " --query_guid"));
        assertEquals(0, fixture.exec(alpha, "test -x " + DRV_CFG).exitCode());
        assertEquals(1, fixture.exec(alpha, "test -x /bin/emc/scaleio/drv_cfg").exitCode());
        String mdms = fixture.exec(alpha, DRV_CFG + " --query_mdms").stdout();
        assertTrue(mdms.startsWith("Retrieved 1 mdm(s)\nMDM-ID " + fixture.systemId() + " SDC ID " + alpha.sdcId()
                + " INSTALLATION ID "), mdms);
        assertEquals(new Result(0, "Retrieved 0 volume(s)\n", ""), fixture.exec(alpha, DRV_CFG + " --query_vols"));
    }

    @Test
    void theSdcKeepsItsGuidAndHostKeyAcrossRestarts() throws Exception {
        String guid = alpha.sdcGuid();
        String fingerprint = alpha.hostKeyFingerprint();
        alpha.close();
        EmulatedDockerHost again = fixture.startHost(alpha.name());
        assertEquals(guid, again.sdcGuid());
        assertEquals(fingerprint, again.hostKeyFingerprint());
        assertTrue(fingerprint.startsWith("SHA256:"), fingerprint);
    }

    @Test
    void aMappedVolumeAppearsOnItsHostOnlyAndGoesWhenUnmapped() throws Exception {
        String volumeId = fixture.createVolume("emulator-map");
        String link = "/dev/disk/by-id/emc-vol-" + fixture.systemId() + "-" + volumeId;
        fixture.map(volumeId, alpha);
        EmulatorFixture.settle();

        assertTrue(fixture.exec(alpha, "ls -1 /dev/disk/by-id").stdout().lines()
                .anyMatch(link::endsWith), "alpha lists the link");
        assertFalse(fixture.exec(beta, "ls -1 /dev/disk/by-id").stdout().contains(volumeId), "beta does not");
        assertEquals(0, fixture.exec(alpha, "test -b " + link).exitCode());
        assertEquals(1, fixture.exec(beta, "test -b " + link).exitCode());
        assertEquals(new Result(0, "/dev/scinia\n", ""), fixture.exec(alpha, "readlink -f " + link));
        assertEquals(new Result(0, "Retrieved 1 volume(s)\nVOL-ID " + volumeId + " MDM-ID " + fixture.systemId()
                + "\n", ""), fixture.exec(alpha, DRV_CFG + " --query_vols"));

        fixture.unmap(volumeId, alpha);
        EmulatorFixture.settle();
        assertEquals(1, fixture.exec(alpha, "test -b " + link).exitCode());
        assertEquals(1, fixture.exec(alpha, "test -b /dev/scinia").exitCode());
    }

    @Test
    void lettersStayWithTheirVolumesAndFreedOnesAreReused() throws Exception {
        String first = fixture.createVolume("emulator-first");
        String second = fixture.createVolume("emulator-second");
        fixture.map(first, alpha);
        fixture.map(second, alpha);
        EmulatorFixture.settle();
        String secondLink = "/dev/disk/by-id/emc-vol-" + fixture.systemId() + "-" + second;
        String secondDevice = fixture.exec(alpha, "readlink -f " + secondLink).stdout();

        fixture.unmap(first, alpha);
        EmulatorFixture.settle();
        assertEquals(secondDevice, fixture.exec(alpha, "readlink -f " + secondLink).stdout());
        String third = fixture.createVolume("emulator-third");
        fixture.map(third, alpha);
        EmulatorFixture.settle();
        assertEquals(0, fixture.exec(alpha, "test -b /dev/scinia").exitCode(), "the freed letter is reused");
        assertEquals(0, fixture.exec(alpha, "test -b /dev/scinib").exitCode());
    }

    @Test
    void withAppearanceOffAMappedVolumeNeverShowsUpUntilRescanAfterItIsBackOn() throws Exception {
        alpha.setDeviceAppearance(false);
        String volumeId = fixture.createVolume("emulator-hidden");
        String link = "/dev/disk/by-id/emc-vol-" + fixture.systemId() + "-" + volumeId;
        fixture.map(volumeId, alpha);
        EmulatorFixture.settle();
        assertEquals(1, fixture.exec(alpha, "test -b " + link).exitCode());
        assertEquals(0, fixture.exec(alpha, DRV_CFG + " --rescan").exitCode());
        assertEquals(1, fixture.exec(alpha, "test -b " + link).exitCode());

        alpha.setDeviceAppearance(true);
        assertEquals(0, fixture.exec(alpha, "test -b " + link).exitCode());
    }
}
