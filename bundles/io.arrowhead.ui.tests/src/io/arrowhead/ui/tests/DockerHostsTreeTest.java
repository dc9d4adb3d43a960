package io.arrowhead.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.hosts.AttachOptions;
import io.arrowhead.core.hosts.HostInventory;
import io.arrowhead.core.hosts.HostOperations;
import io.arrowhead.core.hosts.HostState;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.demo.Demo;
import io.arrowhead.hosts.emulator.EmulatedDockerHost;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;

/**
 * The Docker Hosts root beside Gateways on the demo: its emulated hosts connected with their SDCs, a Docker volume
 * that an attach made, with the container that uses it, on both sides of the tree and in the properties.
 */
@ExtendWith(ScreenshotOnFailure.class)
class DockerHostsTreeTest {

    private static final String GENERAL_TAB = "io.arrowhead.ui.properties.tab.general";
    private static final String HOST_TABLE = "properties.dockerHost";

    private final UiDriver ui = new UiDriver();
    private final Console console = new Console(ui);
    private final MappingFixture fixture = new MappingFixture(console);
    private ManagedHost host;
    private EmulatedDockerHost emulated;
    private String attached;
    private String container;

    @BeforeEach
    void openDemo() {
        fixture.open();
        host = Demo.cluster().hosts().getFirst();
        emulated = Demo.cluster().emulatedHosts().getFirst();
    }

    @AfterEach
    void restore() throws Exception {
        if (container != null) {
            emulated.stopContainer(container);
            emulated.removeContainer(container);
        }
        if (attached != null) {
            assertOk(run(HostOperations.detach(fixture.demo(), host, attached)));
        }
        fixture.restore();
    }

    @Test
    void theDemoHostsAreConnectedWithTheirSdcsMatched() {
        Tree tree = console.tree();
        TreeItem root = ui.trees().expand(tree, "Docker Hosts");
        for (String name : List.of("docker-01", "docker-02")) {
            TreeItem item = ui.waitFor(name + " connected with its SDC", () -> Arrays.stream(root.getItems())
                .filter(i -> i.getText().startsWith(name + "  127.0.0.1 \u2014 connected, Docker ")
                    && i.getText().endsWith(", SDC " + name + " on Demo")).findFirst().orElse(null));
            assertTrue(ui.onUi(() -> item.getText()).contains(name), "the label is the item's text, which screen readers read");
        }
        List<String> top = ui.trees().topLevel(tree);
        assertEquals(List.of("Gateways", "Docker Hosts"), top.stream().map(t -> t.split("  ")[0]).toList());
    }

    @Test
    void anAttachedVolumeShowsUnderItsHostWithItsContainerAndBesideTheStorage() throws Exception {
        Volume volume = fixture.unmappedVolume(0);
        String name = "ui-tree-" + Long.toHexString(System.nanoTime() & 0xffffff);
        assertOk(run(HostOperations.attach(fixture.demo(), volume.id(), host, AttachOptions.defaults(name))));
        attached = name;
        console.awaitGatewayJobs();
        // The host is checked after the attach by itself; its node has children only from then on.
        ui.waitUntil("the host's check after the attach", () -> ArrowheadCore.hostInventories().current(host)
            .scaleIoVolumes().stream().anyMatch(v -> v.name().equals(name)));

        String volumeLabel = name + "  " + volume.name() + " (" + volume.id() + ") ";
        TreeItem volumeItem = ui.trees().expand(console.tree(), "Docker Hosts", "docker-01  ", volumeLabel);
        assertTrue(ui.onUi(() -> volumeItem.getText()).endsWith(", not mounted"), ui.onUi(() -> volumeItem.getText()));
        TreeItem storageItem = fixture.volumeItem(volume);
        ui.waitUntil("the storage side to name the Docker volume",
            () -> storageItem.getText().endsWith("\u2192 docker-01:" + name));

        container = "ui-tree-web";
        emulated.startContainer(container, name);
        Instant before = ArrowheadCore.hostInventories().current(host).checkedAt();
        console.collapseNavigator();
        TreeItem hostItem = ui.trees().expand(console.tree(), "Docker Hosts", "docker-01  ");
        console.select(hostItem);
        console.execute("org.eclipse.ui.file.refresh");
        ui.waitUntil("F5 to check the host again", () -> {
            HostInventory now = ArrowheadCore.hostInventories().current(host);
            return now.state() == HostState.CONNECTED && (before == null || now.checkedAt().isAfter(before));
        });
        TreeItem mounted = ui.trees().expand(console.tree(), "Docker Hosts", "docker-01  ", volumeLabel);
        ui.waitUntil("the volume to show mounted", () -> mounted.getText().endsWith(", mounted"));
        ui.trees().expand(console.tree(), "Docker Hosts", "docker-01  ", volumeLabel,
            container + "  running, alpine");

        console.select(hostItem);
        console.showPropertiesTab(GENERAL_TAB);
        Table hostTable = ui.find(console.window()).withId(Table.class, HOST_TABLE);
        ui.waitUntil("the host's SDC in its properties", () -> cells(hostTable).contains(emulated.sdcGuid()));
        List<String> hostRows = ui.onUi(() -> cells(hostTable));
        assertTrue(hostRows.contains("connected"), hostRows.toString());
        assertTrue(hostRows.contains("docker-01 (" + emulated.sdcId() + ") on Demo"), hostRows.toString());

        console.select(ui.trees().expand(console.tree(), "Docker Hosts", "docker-01  ", volumeLabel));
        Table volumeTable = ui.find(console.window()).withId(Table.class, HOST_TABLE);
        ui.waitUntil("the Docker volume's properties", () -> cells(volumeTable).contains(volume.id()));
        List<String> volumeRows = ui.onUi(() -> cells(volumeTable));
        assertTrue(volumeRows.contains(volume.name()), volumeRows.toString());
        assertTrue(volumeRows.contains("yes"), "mounted: " + volumeRows);
        assertTrue(volumeRows.contains(container + " (running, alpine:3.20)"), volumeRows.toString());

        console.select(fixture.volumeItem(volume));
        Table general = ui.find(console.window()).withId(Table.class, "properties.general");
        ui.waitUntil("the volume's Docker volume in its properties",
            () -> cells(general).contains("docker-01:" + name));
    }

    private static IStatus run(Job job) throws InterruptedException {
        job.schedule();
        job.join();
        return job.getResult();
    }

    private static void assertOk(IStatus status) {
        assertTrue(status.isOK(), status.getMessage());
    }

    /** The texts of a table's cells; on the UI thread. */
    private static List<String> cells(Table table) {
        List<String> texts = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            for (int i = 0; i < Math.max(1, table.getColumnCount()); i++) {
                texts.add(item.getText(i));
            }
        }
        return texts;
    }
}
