package io.arrowhead.core.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.core.hosts.AttachOptions;
import io.arrowhead.core.hosts.HostOperationJob;
import io.arrowhead.core.hosts.HostOperations;
import io.arrowhead.scaleio.client.model.Volume;

/** A Docker volume that a running container uses stays attached, and the refusal names the container. */
@ExtendWith(LabExtension.class)
class LabDetachTest {

    private Lab lab;
    private LabConsole console;

    @BeforeEach
    void start(Lab theLab) throws Exception {
        lab = theLab;
        console = new LabConsole(lab);
    }

    @AfterEach
    void stop() throws Exception {
        console.close();
    }

    @Test
    void detachIsRefusedWhileAContainerRunsOnTheVolume() throws Exception {
        Volume volume = console.unmappedVolume(4);
        assertEquals(IStatus.OK, LabConsole.run(HostOperations.attach(console.connection, volume.id(), console.host(1),
            AttachOptions.defaults("lab-busy"))).getSeverity());
        lab.exec(1, "docker", "run", "-d", "--name", "lab-busy-app", "--network", "none", "-v", "lab-busy:/data",
            "mini:1", "sleep", "600");
        try {
            HostOperationJob refused = HostOperations.detach(console.connection, console.host(1), "lab-busy");
            IStatus status = LabConsole.run(refused);
            assertEquals(IStatus.ERROR, status.getSeverity());
            assertTrue(status.getMessage().contains("lab-busy-app"), status.getMessage());
            assertEquals(java.util.List.of(console.sdcIdOf(1)), console.mappedSdcIds(volume.id()), "still mapped");
            assertTrue(console.dockerVolume(1, "lab-busy").isPresent(), "the Docker volume is still there");
        } finally {
            lab.exec(1, "docker", "rm", "-f", "lab-busy-app");
        }
        HostOperationJob detach = HostOperations.detach(console.connection, console.host(1), "lab-busy");
        assertEquals(IStatus.OK, LabConsole.run(detach).getSeverity(), detach.getResult().getMessage());
        assertEquals(java.util.List.of(), console.mappedSdcIds(volume.id()));
    }
}
