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
import io.arrowhead.hosts.DockerVolume;
import io.arrowhead.scaleio.client.model.Volume;

/** A volume becomes a Docker volume on a real host, its data survives a move, and a filesystem is never remade. */
@ExtendWith(LabExtension.class)
class LabAttachMoveTest {

    private static final String WRITE = "dd if=/dev/urandom of=/data/payload bs=64k count=32 2>/dev/null && sync"
        + " && sha256sum /data/payload";

    private LabConsole console;

    @BeforeEach
    void start(Lab lab) throws Exception {
        console = new LabConsole(lab);
    }

    @AfterEach
    void stop() throws Exception {
        console.close();
    }

    @Test
    void dataWrittenOnOneHostIsReadOnTheOtherAfterAMove() throws Exception {
        Volume volume = console.unmappedVolume(0);
        HostOperationJob attach = HostOperations.attach(console.connection, volume.id(), console.host(1),
            AttachOptions.defaults("lab-payload"));
        assertEquals(IStatus.OK, LabConsole.run(attach).getSeverity(), attach.getResult().getMessage());
        assertEquals(List.of(console.sdcIdOf(1)), console.mappedSdcIds(volume.id()));
        DockerVolume docker = console.dockerVolume(1, "lab-payload").orElseThrow();
        assertEquals(volume.id(), docker.volumeId());
        assertTrue(attach.record().steps().stream()
            .anyMatch(s -> s.name().startsWith("Make") && s.outcome() == StepRecord.Outcome.DONE),
            "a blank volume gets a filesystem: " + attach.record().steps());

        String written = console.inContainer(1, "lab-payload", WRITE);
        assertTrue(written.endsWith("/data/payload"), written);

        HostOperationJob move = HostOperations.move(console.connection, "lab-payload", console.host(1),
            console.host(2), Duration.ofSeconds(30));
        assertEquals(IStatus.OK, LabConsole.run(move).getSeverity(), move.getResult().getMessage());
        assertEquals(List.of(console.sdcIdOf(2)), console.mappedSdcIds(volume.id()));
        assertFalse(console.dockerVolume(1, "lab-payload").isPresent());
        assertEquals(written, console.inContainer(2, "lab-payload", "sha256sum /data/payload"));

        HostOperationJob detach = HostOperations.detach(console.connection, console.host(2), "lab-payload");
        assertEquals(IStatus.OK, LabConsole.run(detach).getSeverity(), detach.getResult().getMessage());
        assertEquals(List.of(), console.mappedSdcIds(volume.id()));
        assertFalse(console.dockerVolume(2, "lab-payload").isPresent());
        LabWait.until(() -> !console.deviceLinks(2).contains(volume.id()), Duration.ofSeconds(15),
            "the device link goes away after the unmap");
    }

    @Test
    void aVolumeThatHoldsAFilesystemIsNotFormattedAgain() throws Exception {
        Volume volume = console.unmappedVolume(1);
        assertOk(HostOperations.attach(console.connection, volume.id(), console.host(1),
            AttachOptions.defaults("lab-kept")));
        console.inContainer(1, "lab-kept", "echo written-before > /data/note && sync");
        assertOk(HostOperations.detach(console.connection, console.host(1), "lab-kept"));

        HostOperationJob again = HostOperations.attach(console.connection, volume.id(), console.host(2),
            AttachOptions.defaults("lab-kept-too"));
        assertOk(again);
        assertTrue(again.record().steps().stream()
            .anyMatch(s -> s.name().startsWith("Make") && s.outcome() == StepRecord.Outcome.SKIPPED),
            "mkfs is skipped: " + again.record().steps());
        assertEquals("written-before", console.inContainer(2, "lab-kept-too", "cat /data/note"));
        assertOk(HostOperations.detach(console.connection, console.host(2), "lab-kept-too"));
    }

    private static void assertOk(HostOperationJob job) throws InterruptedException {
        IStatus status = LabConsole.run(job);
        assertEquals(IStatus.OK, status.getSeverity(), status.getMessage());
    }
}
