package io.arrowhead.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.SystemPointer;
import io.arrowhead.ui.testing.UiDriver;

/**
 * Drags in the Storage Explorer with the X server's own pointer, so GTK's drag and drop and the navigator's drop
 * adapter run as for a person: a refused drop says why in the status line while the button is still down, and its
 * release changes nothing.
 */
@ExtendWith(ScreenshotOnFailure.class)
class RealDragTest {

    private final UiDriver ui = new UiDriver();
    private final Console console = new Console(ui);
    private final MappingFixture fixture = new MappingFixture(console);

    @BeforeEach
    void openDemo() {
        fixture.open();
    }

    @AfterEach
    void restore() throws Exception {
        console.closeStrayShells();
        console.awaitGatewayJobs();
        fixture.restore();
    }

    @Test
    void aRefusedDragSaysWhyWhileTheButtonIsDownAndItsReleaseChangesNothing() throws Exception {
        Volume volume = fixture.unmappedVolume(0);
        Sdc sdc = fixture.model().sdcs().getFirst();
        fixture.map(volume, List.of(sdc));
        String reason = "Volume " + volume.name() + " is already mapped to SDC " + ClusterModel.sdcLabel(sdc) + ".";
        TreeItem sdcItem = console.reveal("Demo", fixture.system(), "SDCs", ClusterModel.sdcLabel(sdc));
        Set<Shell> before = ui.onUi(() -> Set.of(ui.display().getShells()));

        SystemPointer pointer = ui.pointer();
        TreeItem volumeItem = fixture.volumeItem(volume);
        try {
            pointer.press(volumeItem);
            pointer.moveTo(sdcItem);
            ui.waitUntil("the reason in the status line while the button is down: " + reason,
                () -> statusShows(reason));
        } finally {
            pointer.release();
        }

        ui.waitUntil("the reason to go once the drag ended", () -> !statusShows(reason));
        console.awaitGatewayJobs();
        assertEquals(before, ui.onUi(() -> Set.of(ui.display().getShells())), "no dialog opened");
        assertEquals(1, fixture.observer().get(ObjectType.VOLUME, volume.id()).mappedSdcInfo().size(),
            "still mapped to that one SDC");
    }

    private boolean statusShows(String text) {
        return ui.find(console.window()).all(CLabel.class).stream().anyMatch(label -> text.equals(label.getText()));
    }
}
