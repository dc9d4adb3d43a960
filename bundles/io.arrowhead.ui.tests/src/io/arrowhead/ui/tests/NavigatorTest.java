package io.arrowhead.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.ConnectionSettings;
import io.arrowhead.core.ConnectionState;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.scaleio.simulator.GatewaySimulator;
import io.arrowhead.ui.testing.FreezeMonitor;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;

/** Browsing the demo cluster, filtering it, and living through a gateway that goes away and comes back. */
@ExtendWith(ScreenshotOnFailure.class)
class NavigatorTest {

    private final UiDriver ui = new UiDriver();
    private final Console console = new Console(ui);
    private GatewaySimulator outage;
    private GatewayConnection outageConnection;

    @org.junit.jupiter.api.BeforeEach
    void resetLayout() {
        console.resetLayout();
    }

    @AfterEach
    void cleanUp() throws Exception {
        console.closeStrayShells();
        Text filter = ui.find(console.window()).withId(Text.class, "navigator.filter");
        ui.onUi(() -> filter.setText(""));
        if (outageConnection != null) {
            ArrowheadCore.connections().remove(outageConnection);
        }
        if (outage != null) {
            outage.close();
        }
    }

    @Test
    void showsTheDemoClusterWithSnapshotsUnderTheirVolumesAndSdcsWithTheirMappings() {
        ClusterModel model = console.demo().model();
        Volume withSnapshots = model.allVolumes().stream()
            .filter(v -> !v.isSnapshot() && !model.snapshots(v.id()).isEmpty()).findFirst().orElseThrow();
        var pool = model.pool(withSnapshots.storagePoolId()).orElseThrow();
        String domain = model.protectionDomain(pool.protectionDomainId()).orElseThrow().name();
        TreeItem volume = console.reveal("Demo", model.system().name(), "Protection Domains", domain, pool.name(),
            withSnapshots.name() + " ");
        List<String> snapshots = ui.trees().children(volume);
        assertEquals(model.snapshots(withSnapshots.id()).size(), snapshots.size(), snapshots.toString());
        assertTrue(ui.onUi(() -> volume.getImage() != null));

        var sdc = model.sdcs().stream().filter(s -> !model.volumesMappedTo(s.id()).isEmpty()).findFirst()
            .orElseThrow();
        TreeItem sdcItem = console.reveal("Demo", model.system().name(), "SDCs", ClusterModel.sdcLabel(sdc));
        assertEquals(model.volumesMappedTo(sdc.id()).size(), ui.trees().children(sdcItem).size());
        ui.screenshot("navigator");
    }

    @Test
    void theFilterKeepsOnlyMatchingVolumesAndClearingItRestoresTheTree() {
        ClusterModel model = console.demo().model();
        Volume target = model.allVolumes().stream().filter(v -> !v.isSnapshot()).skip(7).findFirst().orElseThrow();
        String wanted = target.name().toLowerCase();
        console.reveal("Demo");
        Text filter = ui.find(console.window()).withId(Text.class, "navigator.filter");
        ui.input().typeInto(filter, target.name());
        ui.waitUntil("only matching volumes in the tree, the target among them", () -> {
            List<String> leaves = volumeLeaves(model);
            return leaves.stream().anyMatch(l -> l.startsWith(target.name() + " "))
                && leaves.stream().allMatch(l -> l.toLowerCase().contains(wanted));
        });
        ui.screenshot("navigator-filtered");

        ui.input().press(SWT.ESC);
        ui.waitUntil("the filter to clear", () -> filter.getText().isEmpty());
        ui.waitUntil("the whole tree back", () -> console.tree().getItemCount() > 0);
    }

    @Test
    void aGatewayThatStopsFailsVisiblyWhileTheUiStaysResponsiveAndItRecoversOnReconnect() throws Exception {
        Path data = Files.createTempDirectory("outage");
        outage = GatewaySimulator.builder().user("admin", "outage-secret".toCharArray()).dataDirectory(data)
            .stateFile(data.resolve("state.json")).port(0).start();
        int port = outage.endpoint().getPort();
        outageConnection = ArrowheadCore.connections().addTransient(new ConnectionSettings("outage", "Outage",
            outage.endpoint().toString(), "admin", false), "outage-secret".toCharArray(),
            outage.certificateFingerprint());
        ArrowheadCore.connections().connect(outageConnection);
        ui.waitUntil("the gateway to connect", outageConnection::isConnected);
        TreeItem gateway = console.reveal("Outage");

        outage.close();
        try (FreezeMonitor freezes = FreezeMonitor.start(ui.display())) {
            console.select(gateway);
            ui.input().press(SWT.F5);
            ui.waitUntil("the gateway to show the failure", () -> outageConnection.state() == ConnectionState.FAILED
                && gateway.getText().contains("failed"));
            assertTrue(ui.onUi(() -> console.tree().isEnabled()), "the UI answers while the gateway is away");
            System.out.println("Longest UI-thread event while the gateway failed: " + freezes.longestMillis() + " ms\n"
                + freezes.longestCause());
        }
        ui.screenshot("gateway-failed");

        outage = GatewaySimulator.builder().user("admin", "outage-secret".toCharArray()).dataDirectory(data)
            .stateFile(data.resolve("state.json")).port(port).start();
        console.select(gateway);
        console.execute("io.arrowhead.ui.commands.connect");
        ui.waitUntil("the gateway to reconnect", () -> outageConnection.isConnected()
            && !gateway.getText().contains("failed"));
    }

    /** Names of the volume items the tree shows, wherever they are. */
    private List<String> volumeLeaves(ClusterModel model) {
        return ui.trees().visiblePaths(console.tree()).stream().map(p -> p.substring(p.lastIndexOf('/') + 1))
            .filter(label -> model.volumeByName(label.split(" ")[0]).isPresent()).toList();
    }
}
