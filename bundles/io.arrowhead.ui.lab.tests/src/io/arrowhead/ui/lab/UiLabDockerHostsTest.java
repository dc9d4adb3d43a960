package io.arrowhead.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.core.hosts.OperationRecord;
import io.arrowhead.core.lab.Lab;
import io.arrowhead.core.lab.LabExtension;
import io.arrowhead.ui.testing.FreezeMonitor;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;

/**
 * On the real lab, through the console: a new volume dropped on lab-host-1 becomes a Docker volume a container
 * writes to; dropped on lab-host-2 it moves there with the same data; the Detach command removes it and its volume.
 * The longest UI-thread event during attach, move and an F5 refresh is printed, never asserted.
 */
@ExtendWith({ScreenshotOnFailure.class, LabExtension.class})
class UiLabDockerHostsTest {

    private static final String WRITE = "head -c 8388608 /dev/urandom > /data/payload && sync"
        + " && sha256sum /data/payload";

    private final UiDriver ui = new UiDriver();

    @Test
    void aVolumeDraggedFromHostToHostKeepsItsData(Lab lab) throws Exception {
        String name = "ui-lab-" + Long.toHexString(System.nanoTime() & 0xffffff);
        try (LabInConsole console = new LabInConsole(ui, lab);
            FreezeMonitor freezes = FreezeMonitor.start(ui.display())) {
            String volumeId = console.createVolume(name);
            freezes.reset();
            LabInConsole.Attached attach = console.attachByDrop(volumeId, 1, name);
            assertEquals(OperationRecord.Outcome.SUCCEEDED, attach.record().outcome(), attach.record().message());
            String written = console.inContainer(1, name, WRITE);
            assertTrue(written.endsWith("/data/payload"), written);

            LabInConsole.Attached move = console.moveByDrop(name, 1, 2);
            assertEquals(OperationRecord.Outcome.SUCCEEDED, move.record().outcome(), move.record().message());
            assertEquals(written, console.inContainer(2, name, "sha256sum /data/payload"),
                "the data written on lab-host-1 reads back the same on lab-host-2");
            console.refreshByF5(2);
            long longest = freezes.longestMillis();
            String cause = freezes.longestCause();

            OperationRecord detach = console.detachAndDelete(2, name);
            assertEquals(OperationRecord.Outcome.SUCCEEDED, detach.outcome(), detach.message());
            console.ui.waitUntil("the volume to be gone from the lab gateway", () -> console.gateway.model().volume(volumeId)
                .isEmpty());
            String line = "longest UI-thread event during attach, move and F5 on the lab: " + longest + " ms\n"
                + cause + "\n";
            System.out.print(line);
            Files.writeString(Path.of(System.getProperty("arrowhead.lab.output", "target"), "ui-lab-freezes.txt"),
                line);
        }
    }
}
