package io.arrowhead.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.arrowhead.core.hosts.AttachOptions;
import io.arrowhead.core.hosts.HostOperationJob;
import io.arrowhead.core.hosts.HostOperations;
import io.arrowhead.core.hosts.OperationRecord;
import io.arrowhead.core.hosts.StepRecord;
import io.arrowhead.hosts.FilesystemType;
import io.arrowhead.scaleio.client.model.Volume;

/** Whatever step fails, and when the operator cancels, the volume ends up neither mapped nor a Docker volume. */
class HostFailureTest {

    private HostsFixture fixture;
    private Volume volume;

    @BeforeEach
    void start() throws Exception {
        fixture = new HostsFixture();
        volume = fixture.unmappedVolume(0);
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void theGatewayFailingToListSdcs() throws Exception {
        fixture.core.simulator.faults().failNext("GET /api/types/Sdc/instances", 1, 500, 69, "Communication error");
        HostOperationJob job = attach(Duration.ofSeconds(5));
        assertFailedAt(job, "Find the SDC of docker-a", "Communication error");
    }

    @Test
    void theGatewayRefusingTheMapping() throws Exception {
        fixture.core.simulator.faults().failNext("POST /api/instances/Volume::*/action/addMappedSdc", 1, 500, 0,
            "Mapping refused for the test");
        HostOperationJob job = attach(Duration.ofSeconds(5));
        assertFailedAt(job, "Map " + volume.name() + " to SDC docker-a (" + fixture.emulatedA.sdcId() + ")",
            "Mapping refused for the test");
    }

    @Test
    void theDeviceNeverAppearing() throws Exception {
        fixture.emulatedA.setDeviceAppearance(false);
        HostOperationJob job = attach(Duration.ofSeconds(2));
        assertFailedAt(job, "Wait for the device on docker-a", "");
        assertTrue(job.getResult().getMessage().contains("Undone: Unmap " + volume.name()),
            job.getResult().getMessage());
        assertTrue(job.record().steps().stream().anyMatch(s -> s.outcome() == StepRecord.Outcome.UNDONE));
    }

    @Test
    void dockerBeingStopped() throws Exception {
        fixture.emulatedA.setDockerRunning(false);
        HostOperationJob job = attach(Duration.ofSeconds(5));
        assertFailedAt(job, "Check app-data on docker-a", "");
    }

    @Test
    void cancellingWhileWaitingForTheDeviceUndoesTheMapping() throws Exception {
        fixture.emulatedA.setDeviceAppearance(false);
        HostOperationJob job = attach(Duration.ofSeconds(60));
        job.schedule();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!fixture.mapped(volume.id(), fixture.emulatedA) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(fixture.mapped(volume.id(), fixture.emulatedA), "the job got as far as mapping");
        job.cancel();
        job.join();

        assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
        assertEquals(OperationRecord.Outcome.CANCELLED, job.record().outcome());
        assertFalse(fixture.mappedAnywhere(volume.id()));
        assertTrue(fixture.dockerVolume(fixture.a, "app-data").isEmpty());
        assertEquals(job.record(), fixture.log.entries().getLast());
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "-rm", "a b", "../etc", "v;reboot", "$(id)", "data\nx", "vol/1", "'q'"})
    void hostileDockerNamesAreRefusedBeforeAnythingRuns(String name) {
        assertThrows(IllegalArgumentException.class, () -> HostOperations.attach(fixture.connection, volume.id(),
            fixture.a, new AttachOptions(name, FilesystemType.EXT4, false, Duration.ofSeconds(5))));
        assertThrows(IllegalArgumentException.class, () -> HostOperations.detach(fixture.connection, fixture.a,
            name));
        assertThrows(IllegalArgumentException.class, () -> HostOperations.move(fixture.connection, name, fixture.a,
            fixture.b, Duration.ofSeconds(5)));
        assertTrue(fixture.log.entries().isEmpty(), "no operation ran");
    }

    private HostOperationJob attach(Duration deviceTimeout) {
        return HostOperations.attach(fixture.connection, volume.id(), fixture.a,
            new AttachOptions("app-data", FilesystemType.EXT4, false, deviceTimeout));
    }

    private void assertFailedAt(HostOperationJob job, String step, String cause) throws Exception {
        IStatus result = HostsFixture.run(job);
        assertEquals(IStatus.ERROR, result.getSeverity(), result.getMessage());
        assertTrue(result.getMessage().contains("at '" + step + "'"), result.getMessage());
        assertTrue(result.getMessage().contains(cause), result.getMessage());
        assertEquals(OperationRecord.Outcome.FAILED_ROLLED_BACK, job.record().outcome());
        assertEquals(StepRecord.Outcome.FAILED, HostAttachTest.step(job.record(), step).outcome());
        assertFalse(fixture.mappedAnywhere(volume.id()), "no mapping is left");
        fixture.emulatedA.setDockerRunning(true);
        assertTrue(fixture.dockerVolume(fixture.a, "app-data").isEmpty(), "no Docker volume is left");
    }
}
