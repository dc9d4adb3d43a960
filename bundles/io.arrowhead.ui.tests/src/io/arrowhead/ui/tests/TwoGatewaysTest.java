package io.arrowhead.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.ClusterOperations;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.GatewayJob;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.scaleio.simulator.GatewaySimulator;
import io.arrowhead.ui.internal.editors.Editors;
import io.arrowhead.ui.internal.editors.NodeFormEditor;
import io.arrowhead.ui.model.VolumeNode;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;

/**
 * Two gateways whose simulators hold the same cluster, so that their systems and volumes have the same names: editor
 * tabs, headings, tooltips and the Properties heading name the gateway, and follow renames.
 */
@ExtendWith(ScreenshotOnFailure.class)
class TwoGatewaysTest {

    private static final String SECOND = "Second Lab";

    private final UiDriver ui = new UiDriver();
    private final Console console = new Console(ui);
    private final SavedGateways gateways = new SavedGateways(console);

    @BeforeEach
    void resetLayout() {
        console.resetLayout();
    }

    @AfterEach
    void removeSecondGateway() throws Exception {
        console.closeStrayShells();
        ui.onUi(() -> console.page().closeAllEditors(false));
        console.collapseNavigator();
        console.awaitGatewayJobs();
        gateways.close();
    }

    @Test
    void editorsOfVolumesWithTheSameNameNameTheirGatewaysWhileThereAreTwo() throws Exception {
        GatewayConnection demo = console.demo();
        GatewayConnection second = connectSecond();
        Volume onDemo = demo.model().allVolumes().stream().filter(v -> !v.isSnapshot()).findFirst().orElseThrow();
        Volume onSecond = second.model().allVolumes().stream().filter(v -> v.name().equals(onDemo.name()))
            .findFirst().orElseThrow();

        NodeFormEditor<?> demoEditor = open(new VolumeNode(demo, onDemo.id()));
        NodeFormEditor<?> secondEditor = open(new VolumeNode(second, onSecond.id()));
        ui.screenshot("two-gateways-editors");
        assertEquals(onDemo.name() + " \u00b7 Demo", ui.onUi(demoEditor::getPartName));
        assertEquals(onDemo.name() + " \u00b7 " + SECOND, ui.onUi(secondEditor::getPartName));
        assertEquals("Volume " + onDemo.name() + " on Demo", heading(demoEditor));
        assertEquals("Volume " + onDemo.name() + " on " + SECOND, heading(secondEditor));
        String demoTip = ui.onUi(demoEditor::getTitleToolTip);
        String secondTip = ui.onUi(secondEditor::getTitleToolTip);
        assertNotEquals(demoTip, secondTip);
        assertTrue(demoTip.contains("Demo") && secondTip.contains(SECOND), demoTip + " / " + secondTip);

        ArrowheadCore.connections().remove(second);
        ui.waitUntil("the editor of the only gateway to drop the gateway from its tab",
            () -> demoEditor.getPartName().equals(onDemo.name()));
        assertEquals("Volume " + onDemo.name(), heading(demoEditor));
    }

    @Test
    void thePropertiesHeadingFollowsARenameAndNamesTheGateway() throws Exception {
        console.demo();
        GatewayConnection second = connectSecond();
        ClusterModel model = second.model();
        Volume volume = model.allVolumes().stream().filter(v -> !v.isSnapshot()).findFirst().orElseThrow();
        console.select(volumeItem(model, volume));
        console.showPropertiesTab("io.arrowhead.ui.properties.tab.general");
        CLabel heading = propertiesHeading();
        ui.waitUntil("the heading to name the volume and its gateway",
            () -> heading.getText().equals("Volume " + volume.name() + " on " + SECOND));

        GatewayJob rename = ClusterOperations.renameVolume(second, volume.id(), "renamed-in-properties");
        rename.schedule();
        rename.join();
        ui.waitUntil("the heading to follow the rename",
            () -> heading.getText().equals("Volume renamed-in-properties on " + SECOND));
    }

    /** A second simulator of the demo's cluster, saved and connected as "Second Lab". */
    private GatewayConnection connectSecond() throws Exception {
        GatewaySimulator simulator = gateways.start("operator", "second-secret");
        GatewayConnection second = gateways.add(SECOND, simulator, "operator", "second-secret");
        ArrowheadCore.connections().connect(second).join();
        assertTrue(second.isConnected() && second.model() != null, "the second gateway connects: "
            + second.lastError());
        return second;
    }

    private NodeFormEditor<?> open(VolumeNode node) {
        return ui.onUi(() -> (NodeFormEditor<?>) Editors.open(console.page(), node));
    }

    private String heading(NodeFormEditor<?> editor) {
        return ui.onUi(() -> editor.getActivePageInstance().getManagedForm().getForm().getText());
    }

    private TreeItem volumeItem(ClusterModel model, Volume volume) {
        var pool = model.pool(volume.storagePoolId()).orElseThrow();
        String domain = model.protectionDomain(pool.protectionDomainId()).orElseThrow().name();
        return console.reveal(SECOND, model.system().name(), "Protection Domains", domain, pool.name(),
            volume.name() + " ");
    }

    /** The title line of the tabbed property sheet. */
    private CLabel propertiesHeading() {
        Composite sheet = ui.onUi(() -> (Composite) ((PropertySheet) console.page()
            .findView(IPageLayout.ID_PROP_SHEET)).getCurrentPage().getControl());
        List<CLabel> labels = ui.find(sheet).all(CLabel.class);
        return ui.onUi(() -> labels.stream()
            .filter(label -> label.getParent().getClass().getSimpleName().equals("TabbedPropertyTitle"))
            .findFirst().orElseThrow(() -> new AssertionError("the Properties view has no heading")));
    }
}
