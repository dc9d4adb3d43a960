package io.arrowhead.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.Duration;

import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.ConnectionSettings;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.scaleio.simulator.ClusterScenario;
import io.arrowhead.scaleio.simulator.GatewaySimulator;
import io.arrowhead.ui.testing.FreezeMonitor;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;

/**
 * The navigator against a gateway with 32,768 volumes and 1,024 SDCs: it connects, expands a pool, and filters to
 * one volume, and each step must show the right items. The durations, the heap and the longest UI-thread event are
 * recorded in target/ui-figures as figures for docs/benchmarks.md, never asserted.
 */
@ExtendWith(ScreenshotOnFailure.class)
class NavigatorAtScaleTest {

    private static final int VOLUMES = 32_768;
    private static final int SDCS = 1_024;
    private static final int POOLS = 16;

    private final UiDriver ui = new UiDriver().withTimeout(Duration.ofSeconds(120));
    private final Console console = new Console(ui);
    private final UiFigures figures = new UiFigures("navigator-at-scale.txt", "Navigator at scale (" + VOLUMES + " volumes, " + SDCS + " SDCs)");
    private GatewaySimulator simulator;
    private GatewayConnection connection;

    @BeforeEach
    void startLargeGateway() throws IOException {
        simulator = GatewaySimulator.builder().scenario(ClusterScenario.scale(VOLUMES, SDCS, POOLS))
            .user("admin", "scale-secret".toCharArray()).dataDirectory(Files.createTempDirectory("scale-sim"))
            .port(0).start();
    }

    @AfterEach
    void stop() throws Exception {
        if (connection != null) {
            ArrowheadCore.connections().remove(connection);
        }
        simulator.close();
    }

    @Test
    void staysUsableWithThirtyTwoThousandVolumes() throws Exception {
        console.reveal();
        try (FreezeMonitor freezes = FreezeMonitor.start(ui.display())) {
            long start = System.nanoTime();
            connection = ArrowheadCore.connections().addTransient(new ConnectionSettings("scale", "Scale",
                simulator.endpoint().toString(), "admin", false), "scale-secret".toCharArray(),
                simulator.certificateFingerprint());
            ArrowheadCore.connections().connect(connection);
            ui.waitUntil("the large gateway to load", () -> connection.model() != null);
            String systemName = connection.model().system().name();
            TreeItem system = console.reveal("Scale", systemName);
            figure("connect to populated tree (ms)", millisSince(start));
            assertTrue(ui.onUi(() -> system.getItemCount() > 0));

            String domain = connection.model().protectionDomains().getFirst().name();
            String pool = connection.model().pools(connection.model().protectionDomains().getFirst().id())
                .getFirst().name();
            console.reveal("Scale", systemName, "Protection Domains", domain);
            start = System.nanoTime();
            TreeItem expandedPool = console.reveal("Scale", systemName, "Protection Domains", domain, pool);
            ui.waitUntil("the pool's children", () -> expandedPool.getItemCount() > 0
                && !expandedPool.getItem(0).getText().isEmpty());
            figure("expand a pool of 2,048 volumes (ms)", millisSince(start));
            figure("items directly under that pool", ui.onUi(() -> expandedPool.getItemCount()));

            Volume target = connection.model().allVolumes().get(VOLUMES / 2);
            Text filter = ui.find(console.window()).withId(Text.class, "navigator.filter");
            start = System.nanoTime();
            ui.input().typeInto(filter, target.name());
            ui.waitUntil("the filtered tree to show " + target.name(), () -> ui.trees().visiblePaths(
                console.tree()).stream().anyMatch(path -> path.endsWith("/" + target.name())
                    || path.contains("/" + target.name() + " ")));
            figure("filter 32,768 volumes to one name (ms, includes typing and the 250 ms pause)", millisSince(start));
            ui.onUi(() -> filter.setText(""));

            figure("longest UI-thread event during connect, expand and filter (ms)", freezes.longestMillis());
        }
        // Loaded against removed, not against before the connect: the simulator in this JVM keeps what it has
        // served, and that is not the console's.
        long heapLoaded = usedHeapAfterGc();
        ArrowheadCore.connections().remove(connection);
        connection = null;
        // The tree lets the model go in its refresh, which the removal posted to the UI thread before this.
        ui.onUi(() -> console.tree().getItemCount());
        figure("heap used by the loaded gateway (MiB)", (heapLoaded - usedHeapAfterGc()) / (1024 * 1024));
        figures.write();
    }

    private void figure(String name, Object value) {
        figures.put(name, value);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
