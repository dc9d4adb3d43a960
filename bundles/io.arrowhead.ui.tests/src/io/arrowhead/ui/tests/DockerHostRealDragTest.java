package io.arrowhead.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.core.hosts.OperationRecord;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.SystemPointer;
import io.arrowhead.ui.testing.UiDriver;

/**
 * Drags in the Storage Explorer with the X server's own pointer, as a person does: GTK's drag and drop, the
 * navigator's drop adapter and the Docker-host drop assistant all run. A volume dragged onto docker-01 is attached, its
 * Docker volume dragged onto docker-02 moves there, and a refused drop says why while the button is still down.
 * <p>
 * It runs after every other class of this bundle (junit-platform.properties orders classes by {@link Order}). Under
 * Xvfb, with no window manager, a dialog that a drop opened leaves GTK's keyboard focus on the root window when it
 * closes, and keys sent afterwards reach no window; a person's window manager gives the focus back.
 */
@ExtendWith(ScreenshotOnFailure.class)
@Order(Integer.MAX_VALUE)
class DockerHostRealDragTest {

    private final UiDriver ui = new UiDriver();
    private final Console console = new Console(ui);
    private final MappingFixture fixture = new MappingFixture(console);
    private final DemoDockerHosts hosts = new DemoDockerHosts();
    private final SystemPointer pointer = ui.pointer();

    @BeforeEach
    void openDemo() {
        fixture.open();
        // Every row in view at once: a drag near the tree's edge would scroll it under the pointer.
        console.maximizeNavigator();
    }

    @AfterEach
    void restore() throws Exception {
        pointer.release();
        console.closeStrayShells();
        console.awaitGatewayJobs();
        hosts.restore();
        fixture.restore();
        console.restoreNavigator();
        console.collapseNavigator();
    }

    @Test
    void aVolumeDraggedOntoAHostIsAttachedAndItsDockerVolumeDraggedOntoAnotherHostMoves() throws Exception {
        Volume volume = fixture.unmappedVolume(0);
        ManagedHost first = hosts.host("docker-01");
        ManagedHost second = hosts.host("docker-02");
        TreeItem volumeItem = fixture.volumeItem(volume);
        TreeItem firstItem = ui.trees().expand(console.tree(), "Docker Hosts", "docker-01  ");

        String action = "Release to attach " + volume.name() + " to docker-01.";
        try {
            pointer.press(volumeItem);
            pointer.moveTo(firstItem);
            ui.waitUntil("what the drop will do, in the status line while the button is down: " + action,
                () -> statusShows(action));
        } finally {
            pointer.release();
        }
        // The Docker volume keeps the volume's name, which the dialog offers: no typing after a real drag, where
        // Xvfb without a window manager may drop keys.
        String name = volume.name();
        hosts.track(name);
        Shell attach = ui.shell("Attach to Docker Host");
        Text nameField = ui.find(attach).withId(Text.class, "attach.name");
        assertEquals(name, ui.onUi(() -> nameField.getText()), "the dialog offers the volume's name");
        ui.dialogs().close(attach, "Attach");
        TreeItem attached = ui.waitFor("docker-01 to show " + name + " by itself, expanded", () ->
            firstItem.getExpanded() ? child(firstItem, name + "  ") : null);

        assertEquals(volume.id(), hosts.dockerVolume(first, name).orElseThrow().volumeId(),
            "the emulated docker-01 has the Docker volume");
        assertTrue(mappedTo(volume, "docker-01"), "mapped at the simulator to docker-01's SDC");
        assertEquals(OperationRecord.Kind.ATTACH, hosts.lastOperation().kind());

        TreeItem secondItem = ui.trees().expand(console.tree(), "Docker Hosts", "docker-02  ");
        pointer.drag(attached, secondItem);
        Shell confirm = ui.shell("Move to Docker Host");
        ui.dialogs().close(confirm, "Move");
        ui.waitFor("docker-02 to show " + name + " by itself, expanded", () ->
            secondItem.getExpanded() ? child(secondItem, name + "  ") : null);

        console.awaitGatewayJobs();
        assertTrue(hosts.dockerVolume(first, name).isEmpty(), "gone from docker-01");
        assertEquals(volume.id(), hosts.dockerVolume(second, name).orElseThrow().volumeId());
        assertTrue(mappedTo(volume, "docker-02") && !mappedTo(volume, "docker-01"), "the mapping moved");
        assertEquals(OperationRecord.Outcome.SUCCEEDED, hosts.lastOperation().outcome(),
            hosts.lastOperation().message());
    }

    @Test
    void aRefusedDropSaysWhyWhileTheButtonIsDownAndItsReleaseChangesNothing() throws Exception {
        Volume volume = fixture.unmappedVolume(0);
        Sdc elsewhere = fixture.model().sdcs().stream().filter(s -> s.name() != null
            && !s.name().startsWith("docker-0")).findFirst().orElseThrow();
        fixture.map(volume, List.of(elsewhere));
        String reason = "Volume " + volume.name() + " is already mapped elsewhere, to SDC " + elsewhere.name()
            + ". Detach or unmap it there first.";
        TreeItem volumeItem = fixture.volumeItem(volume);
        TreeItem hostItem = ui.trees().expand(console.tree(), "Docker Hosts", "docker-01  ");
        Set<Shell> before = ui.onUi(() -> Set.of(ui.display().getShells()));

        try {
            pointer.press(volumeItem);
            pointer.moveTo(hostItem);
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
        assertTrue(hosts.dockerVolume(hosts.host("docker-01"), volume.name()).isEmpty(), "nothing attached");
    }

    private static TreeItem child(TreeItem parent, String prefix) {
        return Arrays.stream(parent.getItems()).filter(item -> item.getText().startsWith(prefix)).findFirst()
            .orElse(null);
    }

    private boolean statusShows(String text) {
        return ui.find(console.window()).all(CLabel.class).stream().anyMatch(label -> text.equals(label.getText()));
    }

    private boolean mappedTo(Volume volume, String hostName) throws Exception {
        return fixture.observer().get(ObjectType.VOLUME, volume.id())
            .mappingOf(hosts.emulated(hostName).sdcId()).isPresent();
    }
}
