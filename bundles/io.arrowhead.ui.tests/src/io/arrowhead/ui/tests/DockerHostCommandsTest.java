package io.arrowhead.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.core.hosts.OperationRecord;
import io.arrowhead.core.hosts.StorageProfile;
import io.arrowhead.demo.Demo;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.model.MappedSdcInfo;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.ui.model.DockerHostNode;
import io.arrowhead.ui.model.VolumeNode;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;

/**
 * Attach to Docker Host… without a mouse: the command on a selected volume asks for the host, then the same Attach
 * dialog as a drop. When the gateway refuses the mapping (through the simulator's faults), the failure names the
 * step and nothing is left behind: no mapping, no Docker volume.
 */
@ExtendWith(ScreenshotOnFailure.class)
class DockerHostCommandsTest {

    private static final String NAME = DemoDockerHosts.PREFIX + "keyboard";
    private static final String ADD_MAPPING = "POST /api/instances/Volume::*/action/addMappedSdc";

    private final UiDriver ui = new UiDriver();
    private final Console console = new Console(ui);
    private final MappingFixture fixture = new MappingFixture(console);
    private final DemoDockerHosts hosts = new DemoDockerHosts();
    private final DropDriver drops = new DropDriver(ui, console);

    @BeforeEach
    void openDemo() {
        fixture.open();
    }

    @AfterEach
    void restore() throws Exception {
        drops.clear();
        Demo.cluster().simulator().faults().clear();
        console.closeStrayShells();
        console.awaitGatewayJobs();
        hosts.restore();
        fixture.restore();
    }

    @Test
    void theAttachCommandAttachesToTheChosenHost() throws Exception {
        Volume volume = fixture.unmappedVolume(1);
        attachByKeyboard(volume, "docker-01");

        assertEquals(volume.id(), hosts.dockerVolume(hosts.host("docker-01"), NAME).orElseThrow().volumeId());
        assertTrue(fixture.observer().get(ObjectType.VOLUME, volume.id())
            .mappingOf(hosts.emulated("docker-01").sdcId()).isPresent());
    }

    @Test
    void anAttachWithAStorageProfileGivesTheMappingTheProfilesQos() throws Exception {
        Volume volume = fixture.unmappedVolume(1);
        StorageProfile gold = ArrowheadCore.storageProfiles().find("gold").orElseThrow();
        attachByKeyboard(volume, "docker-01", attach -> ui.input().choose(
            ui.find(attach).withId(Combo.class, "attach.profile"), "gold:"));

        MappedSdcInfo mapping = fixture.observer().get(ObjectType.VOLUME, volume.id())
            .mappingOf(hosts.emulated("docker-01").sdcId()).orElseThrow();
        assertEquals(gold.iopsLimit(), mapping.limitIops().longValue());
        assertEquals(gold.bandwidthMibps(), mapping.limitBwInMbps().longValue());
    }

    @Test
    void theStorageMenuAndKeysOfferAttachMoveAndDetach() {
        console.select(fixture.volumeItem(fixture.unmappedVolume(1)));
        Map<String, Boolean> items = ui.menus().enablement(console.window(), "Storage");
        assertEquals(true, items.get("Attach to Docker Host\u2026"), "a volume can be attached: " + items);
        assertEquals(false, items.get("Move to Docker Host\u2026"), "no Docker volume is selected: " + items);
        assertEquals(false, items.get("Detach from Docker Host"), "no Docker volume is selected: " + items);
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        for (String command : List.of("attachToDockerHost", "moveToDockerHost", "detachFromDockerHost")) {
            String id = "io.arrowhead.ui.commands." + command;
            String key = ui.onUi(() -> bindings.getBestActiveBindingFormattedFor(id));
            assertNotNull(key, command + " has a key in the Storage Explorer");
        }
    }

    @Test
    void anAttachWhoseMappingTheGatewayRefusesNamesTheStepAndLeavesNothing() throws Exception {
        Volume volume = fixture.unmappedVolume(1);
        Demo.cluster().simulator().faults().failNext(ADD_MAPPING, 1, 500, 0, "Mapping refused for the test");
        attachByKeyboard(volume, "docker-01");

        OperationRecord record = hosts.lastOperation();
        assertEquals(OperationRecord.Outcome.FAILED_ROLLED_BACK, record.outcome(), record.message());
        assertTrue(record.message().contains("failed at 'Map " + volume.name() + " to SDC docker-01"),
            record.message());
        assertTrue(record.message().contains("Mapping refused for the test"), record.message());
        ManagedHost host = hosts.host("docker-01");
        assertTrue(hosts.dockerVolume(host, NAME).isEmpty(), "no Docker volume left");
        assertFalse(fixture.observer().get(ObjectType.VOLUME, volume.id()).isMapped(), "no mapping left");
    }

    @Test
    void severalVolumesDroppedAtOnceAttachOneByOne() throws Exception {
        Volume one = fixture.unmappedVolume(1);
        Volume two = fixture.unmappedVolume(2);
        hosts.track(dockerName(one));
        hosts.track(dockerName(two));
        ManagedHost host = hosts.host("docker-02");
        var dragged = List.of(new VolumeNode(fixture.demo(), one.id()), new VolumeNode(fixture.demo(),
            two.id()));
        DockerHostNode target = new DockerHostNode(host);
        assertTrue(drops.hover(dragged, target).isOK());
        int before = ArrowheadCore.hosts().operationsLog().entries().size();
        drops.drop(dragged, target);
        Shell attach = ui.shell("Attach to Docker Host");
        ui.dialogs().close(attach, "Attach");
        ui.waitUntil("both attaches to have run", () -> ArrowheadCore.hosts().operationsLog().entries().stream()
            .skip(before).filter(r -> r.kind() == OperationRecord.Kind.ATTACH).count() >= 2);
        console.awaitGatewayJobs();

        for (Volume volume : List.of(one, two)) {
            assertEquals(volume.id(), hosts.dockerVolume(host, dockerName(volume)).orElseThrow().volumeId(),
                "each Docker volume takes its volume's name");
        }
    }

    private static String dockerName(Volume volume) {
        return volume.name().replaceAll("[^a-zA-Z0-9_.-]", "-");
    }

    private void attachByKeyboard(Volume volume, String hostName) {
        attachByKeyboard(volume, hostName, attach -> { });
    }

    private void attachByKeyboard(Volume volume, String hostName, Consumer<Shell> moreChoices) {
        console.select(fixture.volumeItem(volume));
        console.execute("io.arrowhead.ui.commands.attachToDockerHost");
        Shell chooser = ui.shell("Choose a Docker Host");
        Table table = ui.find(chooser).all(Table.class).getFirst();
        TableItem item = ui.onUi(() -> Arrays.stream(table.getItems())
            .filter(i -> i.getText().startsWith(hostName + " ")).findFirst().orElseThrow());
        ui.input().click(item);
        ui.dialogs().close(chooser, "OK");
        Shell attach = ui.shell("Attach to Docker Host");
        ui.input().replaceText(ui.find(attach).withId(Text.class, "attach.name"), NAME);
        moreChoices.accept(attach);
        ui.dialogs().close(attach, "Attach");
        console.awaitGatewayJobs();
    }
}
