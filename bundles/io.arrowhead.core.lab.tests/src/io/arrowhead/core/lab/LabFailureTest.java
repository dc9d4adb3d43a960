package io.arrowhead.core.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.core.hosts.AttachOptions;
import io.arrowhead.core.hosts.HostOperationJob;
import io.arrowhead.core.hosts.HostOperations;
import io.arrowhead.core.hosts.StepRecord;
import io.arrowhead.hosts.FilesystemType;
import io.arrowhead.scaleio.client.model.Volume;

/**
 * A failure at each step of an attach on a real host: the gateway's faults, an SDC that never shows the device,
 * a stopped Docker daemon and a dropped SSH connection. Each time no mapping and no Docker volume are left behind.
 */
@ExtendWith(LabExtension.class)
class LabFailureTest {

    private static final String NAME = "lab-failing";

    private Lab lab;
    private LabConsole console;
    private Volume volume;

    @BeforeEach
    void start(Lab theLab) throws Exception {
        lab = theLab;
        console = new LabConsole(lab);
        volume = console.unmappedVolume(2);
    }

    @AfterEach
    void stop() throws Exception {
        lab.simulator().faults().clear();
        lab.pauseAgent(1, false);
        console.close();
    }

    @Test
    void theGatewayFailingToListSdcs() throws Exception {
        lab.simulator().faults().failNext("GET /api/types/Sdc/instances", 1, 500, 69, "Communication error");
        assertNothingLeftAfterFailureAt(attach(Duration.ofSeconds(10)), "Find the SDC");
    }

    @Test
    void theGatewayRefusingTheMapping() throws Exception {
        lab.simulator().faults().failNext("POST /api/instances/Volume::*/action/addMappedSdc", 1, 500, 0,
            "Mapping refused for the lab test");
        assertNothingLeftAfterFailureAt(attach(Duration.ofSeconds(10)), "Map ");
    }

    @Test
    void theSdcNeverShowingTheDevice() throws Exception {
        lab.pauseAgent(1, true);
        HostOperationJob job = attach(Duration.ofSeconds(3));
        assertNothingLeftAfterFailureAt(job, "Wait for the device");
        assertTrue(job.record().steps().stream().anyMatch(s -> s.outcome() == StepRecord.Outcome.UNDONE),
            job.record().steps().toString());
    }

    @Test
    void aStoppedDockerDaemon() throws Exception {
        lab.docker(1, false);
        try {
            assertNothingLeftAfterFailureAt(attach(Duration.ofSeconds(10)), "Check " + NAME);
        } finally {
            lab.docker(1, true);
        }
    }

    @Test
    void dockerStoppingAfterTheVolumeWasMappedAndFormatted() throws Exception {
        HostOperationJob job = attachUntilItWaitsForTheDevice();
        lab.docker(1, false);
        try {
            lab.pauseAgent(1, false);
            job.join();
            assertNothingLeftAfterFailureAt(job, "Create Docker volume");
            assertTrue(job.record().steps().stream().anyMatch(s -> s.name().startsWith("Make")
                && s.outcome() == StepRecord.Outcome.DONE), "the device was formatted first: " + job.record().steps());
        } finally {
            lab.docker(1, true);
        }
    }

    @Test
    void theSshConnectionDroppingMidOperation() throws Exception {
        HostOperationJob job = attachUntilItWaitsForTheDevice();
        lab.dropSshSessions(1);
        job.join();
        assertNothingLeftAfterFailureAt(job, "Wait for the device");
        assertTrue(job.getResult().getMessage().toLowerCase().contains("connection"), job.getResult().getMessage());
    }

    /** Starts an attach with host 1's SDC agent paused, and returns once the volume is mapped. */
    private HostOperationJob attachUntilItWaitsForTheDevice() throws Exception {
        lab.pauseAgent(1, true);
        HostOperationJob job = attach(Duration.ofSeconds(60));
        job.schedule();
        String sdc = console.sdcIdOf(1);
        LabWait.until(() -> console.mappedSdcIds(volume.id()).contains(sdc), Duration.ofSeconds(30),
            "the attach maps the volume, then waits for the device");
        return job;
    }

    private HostOperationJob attach(Duration deviceTimeout) {
        return HostOperations.attach(console.connection, volume.id(), console.host(1),
            new AttachOptions(NAME, FilesystemType.EXT4, false, deviceTimeout));
    }

    private void assertNothingLeftAfterFailureAt(HostOperationJob job, String stepPrefix) throws Exception {
        IStatus status = job.getResult() == null ? LabConsole.run(job) : job.getResult();
        assertEquals(IStatus.ERROR, status.getSeverity(), status.getMessage());
        List<StepRecord> failed = job.record().steps().stream()
            .filter(s -> s.outcome() == StepRecord.Outcome.FAILED).toList();
        assertEquals(1, failed.size(), job.record().steps().toString());
        assertTrue(failed.get(0).name().startsWith(stepPrefix), failed.get(0).name());
        assertEquals(List.of(), console.mappedSdcIds(volume.id()), "no mapping is left");
        lab.docker(1, true);
        assertFalse(console.dockerVolume(1, NAME).isPresent(), "no Docker volume is left");
        assertFalse(job.record().steps().stream().anyMatch(s -> s.outcome() == StepRecord.Outcome.UNDO_FAILED));
    }
}
