package io.arrowhead.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.core.hosts.HostState;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.core.hosts.OperationRecord;
import io.arrowhead.core.hosts.StepRecord;
import io.arrowhead.hosts.DockerVolume;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.ui.internal.attach.DockerHostActions;
import io.arrowhead.ui.model.DockerHostNode;
import io.arrowhead.ui.model.DockerVolumeNode;
import io.arrowhead.ui.model.VolumeNode;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;

/**
 * A demo volume dropped on docker-01 is attached after the Attach dialog, its Docker volume dropped on docker-02
 * moves there, and detach is refused while a container uses it, then works. Drops go through the drop assistant the
 * navigator finds for real nodes; the hosts are the demo's emulated ones, checked over SSH and at the simulator.
 */
@ExtendWith(ScreenshotOnFailure.class)
class DockerHostDropTest {

    private static final String NAME = DemoDockerHosts.PREFIX + "data";

    private final UiDriver ui = new UiDriver();
    private final Console console = new Console(ui);
    private final MappingFixture fixture = new MappingFixture(console);
    private final DropDriver drops = new DropDriver(ui, console);
    private final DemoDockerHosts hosts = new DemoDockerHosts();

    @BeforeEach
    void openDemo() {
        fixture.open();
    }

    @AfterEach
    void restore() throws Exception {
        drops.clear();
        console.closeStrayShells();
        console.awaitGatewayJobs();
        hosts.restore();
        fixture.restore();
    }

    @Test
    void aVolumeDroppedOnAHostIsAttachedThenMovedByDropThenDetached() throws Exception {
        Volume volume = fixture.unmappedVolume(0);
        ManagedHost first = hosts.host("docker-01");
        ManagedHost second = hosts.host("docker-02");
        VolumeNode dragged = new VolumeNode(fixture.demo(), volume.id());
        IStatus accepted = drops.hover(dragged, new DockerHostNode(first));
        String attachAction = "Release to attach " + volume.name() + " to docker-01.";
        assertTrue(accepted.isOK());
        assertEquals(attachAction, accepted.getMessage(), "what the drop will do");
        ui.find(console.window()).withText(CLabel.class, attachAction);

        drops.drop(dragged, new DockerHostNode(first));
        Shell attach = ui.shell("Attach to Docker Host");
        Text name = ui.find(attach).withId(Text.class, "attach.name");
        String expectedDefault = volume.name().replaceAll("[^a-zA-Z0-9_.-]", "-");
        assertEquals(expectedDefault, ui.onUi(() -> name.getText()), "the volume's name, as Docker accepts it");
        ui.find(attach).withText(Label.class,
            "A device that already holds a filesystem is never formatted; Arrowhead formats only blank devices.");
        Button ext4 = ui.find(attach).withId(Button.class, "attach.ext4");
        assertTrue(ui.onUi(() -> ext4.getSelection()), "ext4 unless chosen otherwise");
        ui.input().replaceText(name, "-bad");
        ui.waitUntil("Attach to refuse a name Docker refuses",
            () -> ui.onUi(() -> !attach.getDefaultButton().isEnabled()));
        ui.input().replaceText(name, NAME);
        ui.dialogs().close(attach, "Attach");
        console.awaitGatewayJobs();

        DockerVolume attached = hosts.dockerVolume(first, NAME).orElseThrow();
        assertEquals(volume.id(), attached.volumeId());
        assertTrue(mappedTo(volume, "docker-01"), "mapped at the simulator to docker-01's SDC");
        assertEquals(OperationRecord.Outcome.SUCCEEDED, hosts.lastOperation().outcome(),
            hosts.lastOperation().message());

        DockerVolumeNode dockerVolume = new DockerVolumeNode(first, NAME);
        IStatus movable = drops.hover(dockerVolume, new DockerHostNode(second));
        assertTrue(movable.isOK());
        assertEquals("Release to move Docker volume " + NAME + " from docker-01 to docker-02.", movable.getMessage());
        drops.drop(dockerVolume, new DockerHostNode(second));
        Shell confirm = ui.shell("Move to Docker Host");
        String question = String.join(" ", ui.dialogs().messages(confirm));
        assertTrue(question.contains(NAME) && question.contains("docker-01") && question.contains("docker-02"),
            question);
        ui.dialogs().close(confirm, "Move");
        console.awaitGatewayJobs();

        assertTrue(hosts.dockerVolume(first, NAME).isEmpty());
        assertEquals(volume.id(), hosts.dockerVolume(second, NAME).orElseThrow().volumeId());
        assertFalse(mappedTo(volume, "docker-01"));
        assertTrue(mappedTo(volume, "docker-02"));
        OperationRecord move = hosts.lastOperation();
        assertEquals(OperationRecord.Kind.MOVE, move.kind());
        assertTrue(move.steps().stream().anyMatch(s -> s.name().startsWith("Make an")
            && s.outcome() == StepRecord.Outcome.SKIPPED), "the filesystem, and its data, is kept: " + move.steps());

        hosts.emulated("docker-02").startContainer(DemoDockerHosts.PREFIX + "web", NAME);
        hosts.use(hosts.probe(first, HostState.CONNECTED, null), hosts.probe(second, HostState.CONNECTED, null));
        DockerVolumeNode moved = new DockerVolumeNode(second, NAME);
        IStatus moveBack = drops.hover(moved, new DockerHostNode(first));
        assertEquals(IStatus.ERROR, moveBack.getSeverity());
        assertTrue(moveBack.getMessage().contains("used by dnd-web (running)"), moveBack.getMessage());
        ui.trigger("Detach", () -> DockerHostActions.detach(console.window(), moved));
        Shell refused = ui.shell("Detach from Docker Host");
        String refusal = String.join(" ", ui.dialogs().messages(refused));
        assertTrue(refusal.contains("dnd-web (running)"), refusal);
        ui.dialogs().close(refused, "OK");

        hosts.emulated("docker-02").stopContainer(DemoDockerHosts.PREFIX + "web");
        hosts.emulated("docker-02").removeContainer(DemoDockerHosts.PREFIX + "web");
        hosts.use(hosts.probe(first, HostState.CONNECTED, null), hosts.probe(second, HostState.CONNECTED, null));
        ui.trigger("Detach", () -> DockerHostActions.detach(console.window(), moved));
        Shell detach = ui.shell("Detach from Docker Host");
        Button delete = ui.find(detach).withId(Button.class, "detach.deleteVolume");
        assertFalse(ui.onUi(() -> delete.getSelection()), "deleting the ScaleIO volume is off by default");
        ui.dialogs().close(detach, "Detach");
        console.awaitGatewayJobs();

        assertTrue(hosts.dockerVolume(second, NAME).isEmpty());
        assertFalse(fixture.observer().get(ObjectType.VOLUME, volume.id()).isMapped());
    }

    @Test
    void refusedDropsSayWhyWhileHovering() throws Exception {
        Volume volume = fixture.unmappedVolume(0);
        ManagedHost first = hosts.host("docker-01");
        VolumeNode dragged = new VolumeNode(fixture.demo(), volume.id());
        DockerHostNode target = new DockerHostNode(first);

        hosts.use(hosts.probe(first, HostState.NO_SDC, null));
        assertRefused(dragged, target, "docker-01 has no SDC, so no ScaleIO volume can be attached to it.");
        hosts.use(hosts.probe(first, HostState.UNREACHABLE, "Connection refused."));
        assertRefused(dragged, target, "docker-01 is unreachable: Connection refused.");

        hosts.use(hosts.probe(first, HostState.CONNECTED, null));
        var sdcs = fixture.model().sdcs().stream().filter(s -> s.name() != null && !s.name().startsWith("docker-0"))
            .toList();
        fixture.map(volume, List.of(sdcs.getFirst()));
        assertRefused(dragged, target, "Volume " + volume.name() + " is already mapped elsewhere, to SDC "
            + sdcs.getFirst().name() + ". Detach or unmap it there first.");
    }

    @Test
    void aVolumeIsRefusedByAHostWhoseSdcBelongsToAnotherCluster() throws Exception {
        SavedGateways gateways = new SavedGateways(console);
        try {
            var simulator = gateways.start("operator", "other-secret");
            var other = gateways.add("Other Lab", simulator, "operator", "other-secret");
            io.arrowhead.core.ArrowheadCore.connections().connect(other).join();
            assertTrue(other.isConnected(), "the other gateway connects: " + other.lastError());
            ManagedHost first = hosts.host("docker-01");
            var probed = hosts.probe(first, HostState.CONNECTED, null);
            hosts.use(new io.arrowhead.core.hosts.HostInventory(first, HostState.CONNECTED, null, probed.probe(),
                new io.arrowhead.core.hosts.SdcMatch(other, other.model().sdcs().getFirst()), List.of(), List.of(),
                probed.checkedAt()));
            Volume volume = fixture.unmappedVolume(0);
            assertRefused(new VolumeNode(fixture.demo(), volume.id()), new DockerHostNode(first),
                "The SDC of docker-01 belongs to another cluster (gateway Other Lab), not to the volume's gateway "
                    + fixture.demo().name() + ".");
        } finally {
            drops.clear();
            console.awaitGatewayJobs();
            gateways.close();
        }
    }

    private void assertRefused(Object dragged, Object target, String reason) {
        IStatus status = drops.hover(dragged, target);
        assertEquals(IStatus.ERROR, status.getSeverity(), "refused: " + reason);
        assertEquals(reason, status.getMessage());
        ui.find(console.window()).withText(CLabel.class, reason);
    }

    private boolean mappedTo(Volume volume, String hostName) throws Exception {
        return fixture.observer().get(ObjectType.VOLUME, volume.id())
            .mappingOf(hosts.emulated(hostName).sdcId()).isPresent();
    }
}
