package io.arrowhead.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.Units;
import io.arrowhead.scaleio.client.GatewayClient;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.Statistics;
import io.arrowhead.scaleio.client.model.StoragePool;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.scaleio.client.model.VolumeType;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;

/**
 * The figures of the tabbed properties against the simulator's own: a pool's volume and snapshot counts, rates in
 * binary units, a thin volume's allocated space, and tables that show every row.
 */
@ExtendWith(ScreenshotOnFailure.class)
class PropertiesFiguresTest {

    private static final String RATE = "\\d+(\\.\\d+)? [KMGT]iB/s";

    private final UiDriver ui = new UiDriver();
    private final Console console = new Console(ui);
    private ClusterModel model;
    private GatewayClient observer;

    /** Reloads the demo first: earlier tests may have changed the cluster behind the console's back. */
    @BeforeEach
    void openDemo() throws Exception {
        console.resetLayout();
        GatewayConnection demo = console.demo();
        ArrowheadCore.connections().refresh(demo).join();
        model = demo.model();
        observer = console.observer();
    }

    @AfterEach
    void close() {
        console.closeStrayShells();
        console.collapseNavigator();
        observer.close();
    }

    @Test
    void aPoolCountsVolumesAndSnapshotsApartAsTheGatewayDoes() throws Exception {
        StoragePool pool = poolWithSnapshots();
        Statistics statistics = observer.statistics(ObjectType.STORAGE_POOL, pool.id());
        long snapshots = statistics.longValue("numOfSnapshots");
        long volumes = statistics.longValue("numOfVolumes") - snapshots;

        Statistics system = observer.statistics(ObjectType.SYSTEM, model.system().id());
        long systemSnapshots = system.longValue("numOfSnapshots");
        TreeItem demo = console.reveal("Demo");
        String counts = (system.longValue("numOfVolumes") - systemSnapshots) + " volumes, " + systemSnapshots
            + " snapshots";
        // A background refresh may be running; its label ends in "refreshing…" until it is done.
        ui.waitUntil("the gateway's label to end with " + counts, () -> demo.getText().endsWith(counts));

        TreeItem item = poolItem(pool);
        String label = ui.onUi(() -> item.getText());
        assertTrue(label.endsWith(volumes + " volumes, " + snapshots + " snapshots"), label);

        console.select(item);
        selectTab("general");
        Table general = table("properties.general");
        ui.waitUntil("the pool's General rows", () -> pool.id().equals(value(general, "Id")));
        assertEquals(Long.toString(volumes), value(general, "Volumes"));
        assertEquals(Long.toString(snapshots), value(general, "Snapshots"));
        assertShowsEveryRow(general);
        ScrolledComposite sheet = ui.onUi(() -> scrolledParent(general).orElseThrow());
        ui.onUi(() -> sheet.setOrigin(0, sheet.getMinHeight()));
        ui.waitUntil("the sheet to scroll down to the last rows", () -> sheet.getOrigin().y > 0);
        ui.onUi(() -> sheet.getShell().update());
        ui.screenshot("pool-general-scrolled");
        assertTrue(ui.onUi(() -> sheet.getOrigin().y > 0), "the sheet stays scrolled");

        selectTab("statistics");
        Table figures = table("properties.statistics");
        ui.waitUntil("the pool's statistics", () -> value(figures, "Snapshots") != null);
        assertEquals(Long.toString(volumes), value(figures, "Volumes"));
        assertEquals(Long.toString(snapshots), value(figures, "Snapshots"));
    }

    @Test
    void ratesAndLimitsAreInBinaryUnits() {
        Volume volume = model.allVolumes().stream().filter(v -> v.mappedSdcInfo().stream()
            .anyMatch(m -> m.limitBwInMbps() != null && m.limitBwInMbps() > 0)).findFirst().orElseThrow();
        console.select(volumeItem(volume));
        selectTab("statistics");
        Table figures = table("properties.statistics");
        ui.waitUntil("the volume's rates", () -> value(figures, "Read bandwidth") != null);
        for (List<String> row : ui.tables().rows(figures)) {
            if (row.get(0).contains("bandwidth")) {
                assertTrue(row.get(1).matches(RATE), row.toString());
            }
        }

        selectTab("mappings");
        Table mappings = table("properties.mappings");
        ui.waitUntil("the volume's mappings", () -> ui.onUi(mappings::getItemCount) > 0);
        List<String> limits = ui.tables().column(mappings, "Bandwidth limit");
        assertTrue(limits.stream().anyMatch(limit -> limit.matches("[\\d,]+ MiB/s")), limits.toString());
        assertTrue(limits.stream().allMatch(limit -> limit.matches("[\\d,]+ MiB/s|unlimited")), limits.toString());
    }

    @Test
    void aThinVolumesCapacityShowsWhatItAllocatedAgainstItsSize() throws Exception {
        Volume thin = model.allVolumes().stream().filter(v -> v.volumeType() == VolumeType.THIN_PROVISIONED)
            .filter(v -> v.vtreeId() != null).findFirst().orElseThrow();
        long allocated = observer.statistics(ObjectType.VTREE, thin.vtreeId()).kib("baseNetCapacityInUseInKb");
        console.select(volumeItem(thin));
        selectTab("capacity");
        Table capacity = table("properties.capacity");
        Label usage = ui.find(console.window()).withId(Label.class, "properties.capacity.usage");
        ui.waitUntil("the allocated space", () -> ui.onUi(() -> usage.getText()).contains("allocated"));
        assertEquals(Units.formatKib(allocated), value(capacity, "Allocated (net, data written)"));
        assertEquals(Units.formatKib(thin.sizeInKb()), value(capacity, "Size"));
        assertTrue(ui.onUi(() -> usage.getText()).startsWith(Units.formatKib(allocated) + " of "
            + Units.formatKib(thin.sizeInKb()) + " allocated"), ui.onUi(() -> usage.getText()));

        Volume thick = model.allVolumes().stream().filter(v -> v.volumeType() == VolumeType.THICK_PROVISIONED)
            .findFirst().orElseThrow();
        console.select(volumeItem(thick));
        ui.waitUntil("the thick volume's size", () -> Units.formatKib(thick.sizeInKb()).equals(value(capacity, "Size"))
            && value(capacity, "Reserved (raw, both copies)") != null);
        assertEquals(null, value(capacity, "Allocated (net, data written)"), "a thick volume reserves its size");
    }

    @Test
    void aPoolsUsageBarIsInViewAboveItsFigures() {
        console.select(poolItem(poolWithSnapshots()));
        selectTab("capacity");
        Label usage = ui.find(console.window()).withId(Label.class, "properties.capacity.usage");
        ui.waitUntil("the pool's usage", () -> ui.onUi(() -> usage.getText()).contains("in use"));
        ui.screenshot("pool-capacity");
        assertTrue(ui.onUi(() -> {
            ScrolledComposite sheet = scrolledParent(usage).orElseThrow();
            Rectangle inSheet = ui.display().map(usage.getParent(), sheet, usage.getBounds());
            return inSheet.y >= 0 && inSheet.y + inSheet.height <= sheet.getClientArea().height;
        }), "the usage line is in view without scrolling");
        assertShowsEveryRow(table("properties.capacity"));
    }

    /** The table is as tall as its header and rows together, so no row hides behind a scroll bar of its own. */
    private void assertShowsEveryRow(Table table) {
        int rows = ui.onUi(table::getItemCount);
        assertTrue(rows > 7, "a table of more than seven rows, has " + rows);
        // the section measures the table again once it is painted, when GTK knows the header's height
        ui.waitUntil("the table to be as tall as its rows",
            () -> table.getClientArea().height >= table.getHeaderHeight() + rows * table.getItemHeight());
        assertTrue(ui.onUi(() -> {
            ScrolledComposite sheet = scrolledParent(table).orElseThrow();
            Rectangle inContent = ui.display().map(table.getParent(), sheet.getContent(), table.getBounds());
            return sheet.getMinHeight() >= inContent.y + inContent.height;
        }), "the sheet scrolls down to the table's last row when the view is shorter");
    }

    private static Optional<ScrolledComposite> scrolledParent(Control control) {
        for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrolledComposite scrolled) {
                return Optional.of(scrolled);
            }
        }
        return Optional.empty();
    }

    /** The value of the row with this name, or {@code null} when there is none. */
    private String value(Table table, String name) {
        return ui.tables().rows(table).stream().filter(row -> row.get(0).equals(name)).map(row -> row.get(1))
            .findFirst().orElse(null);
    }

    private StoragePool poolWithSnapshots() {
        return model.protectionDomains().stream().flatMap(domain -> model.pools(domain.id()).stream())
            .filter(pool -> model.allVolumes().stream().anyMatch(v -> v.isSnapshot()
                && v.storagePoolId().equals(pool.id())))
            .findFirst().orElseThrow();
    }

    private TreeItem poolItem(StoragePool pool) {
        String domain = model.protectionDomain(pool.protectionDomainId()).orElseThrow().name();
        return console.reveal("Demo", model.system().name(), "Protection Domains", domain, pool.name() + " ");
    }

    private TreeItem volumeItem(Volume volume) {
        StoragePool pool = model.pool(volume.storagePoolId()).orElseThrow();
        String domain = model.protectionDomain(pool.protectionDomainId()).orElseThrow().name();
        return console.reveal("Demo", model.system().name(), "Protection Domains", domain, pool.name() + " ",
            volume.name() + " ");
    }

    private Table table(String id) {
        return ui.find(console.window()).withId(Table.class, id);
    }

    private void selectTab(String name) {
        console.showPropertiesTab("io.arrowhead.ui.properties.tab." + name);
    }
}
