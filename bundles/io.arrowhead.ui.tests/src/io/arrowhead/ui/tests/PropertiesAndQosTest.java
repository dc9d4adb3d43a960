package io.arrowhead.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.scaleio.client.GatewayClient;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.model.MappedSdcInfo;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;

/** The tabbed properties of a volume, and editing a mapping's QoS in the volume editor. */
@ExtendWith(ScreenshotOnFailure.class)
class PropertiesAndQosTest {

    private final UiDriver ui = new UiDriver();
    private final Console console = new Console(ui);
    private final CellEditing cellEditing = new CellEditing(ui);

    @org.junit.jupiter.api.BeforeEach
    void resetLayout() {
        console.resetLayout();
    }

    @AfterEach
    void closeEditors() {
        console.closeStrayShells();
        ui.onUi(() -> console.page().closeAllEditors(false));
    }

    @Test
    void aVolumesPropertiesShowItsGeneralCapacityMappingsAndStatistics() throws Exception {
        ClusterModel model = console.demo().model();
        Volume volume = mappedVolume(model);
        console.select(console.revealVolume(model, volume));
        selectTab("General");
        Table general = table("properties.general");
        ui.waitUntil("the volume's id in General", () -> cells(general).contains(volume.id()));
        assertTrue(cells(general).contains(volume.name()));

        selectTab("Mappings");
        Table mappings = table("properties.mappings");
        ui.waitUntil("one row per mapped SDC", () -> mappings.getItemCount() == volume.mappedSdcInfo().size());

        selectTab("Statistics");
        Table statistics = table("properties.statistics");
        ui.waitUntil("statistics read from the gateway", () -> statistics.getItemCount() > 0
            && cells(statistics).stream().anyMatch(c -> c.contains("IOPS")));

        selectTab("Capacity");
        Table capacity = table("properties.capacity");
        ui.waitUntil("the volume's size in Capacity", () -> capacity.getItemCount() > 0);
        ui.screenshot("properties");
    }

    @Test
    void editingAMappingsQosInTheEditorSetsItAtTheGateway() throws Exception {
        ClusterModel model = console.demo().model();
        Volume volume = mappedVolume(model);
        MappedSdcInfo mapping = volume.mappedSdcInfo().getFirst();
        console.select(console.revealVolume(model, volume));
        console.execute("io.arrowhead.ui.commands.openEditor");
        Table table = ui.find(console.window()).withId(Table.class, "volumeEditor.mappings");

        String before = ui.onUi(() -> table.getItem(0).getText(3));
        cellEditing.edit(table, 0, 3, "volumeEditor.mappings.iops", "7");
        assertEquals(before, ui.onUi(() -> table.getItem(0).getText(3)), "7 IOPS is refused (0 or at least 11)");
        assertTrue(ui.onUi(() -> !console.page().getActiveEditor().isDirty()), "a refused value changes nothing");

        cellEditing.edit(table, 0, 3, "volumeEditor.mappings.iops", "750");
        cellEditing.edit(table, 0, 4, "volumeEditor.mappings.bandwidth", "40");
        ui.input().press(SWT.MOD1, 's');
        console.awaitGatewayJobs();
        try (GatewayClient observer = console.observer()) {
            ui.waitUntil("the limits at the gateway", () -> limitsOf(observer, volume.id(), mapping.sdcId())
                .equals(List.of(750L, 40L)));
        }
    }

    private static List<Long> limitsOf(GatewayClient observer, String volumeId, String sdcId) {
        try {
            MappedSdcInfo now = observer.get(ObjectType.VOLUME, volumeId).mappingOf(sdcId).orElseThrow();
            return List.of(now.limitIops(), now.limitBwInMbps());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private Table table(String id) {
        return ui.find(console.window()).withId(Table.class, id);
    }

    private void selectTab(String label) {
        console.showPropertiesTab("io.arrowhead.ui.properties.tab." + label.toLowerCase());
    }

    private List<String> cells(Table table) {
        return ui.onUi(() -> {
            List<String> texts = new java.util.ArrayList<>();
            for (TableItem item : table.getItems()) {
                for (int i = 0; i < Math.max(1, table.getColumnCount()); i++) {
                    texts.add(item.getText(i));
                }
            }
            return texts;
        });
    }

    private static Volume mappedVolume(ClusterModel model) {
        return model.allVolumes().stream().filter(v -> v.isMapped() && !v.isSnapshot()).findFirst().orElseThrow();
    }
}
