package io.arrowhead.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.model.MappedSdcInfo;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.ui.internal.dnd.VolumeDropAssistant;
import io.arrowhead.ui.model.MappedVolumeNode;
import io.arrowhead.ui.model.SdcNode;
import io.arrowhead.ui.model.VolumeNode;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;

/**
 * Volumes dropped on an SDC, through the drop assistant the navigator finds for real nodes from plugin.xml: a
 * refused drop says why in the status line while hovering, and an accepted one maps after the confirmation.
 */
@ExtendWith(ScreenshotOnFailure.class)
class VolumeDropTest {

    private final UiDriver ui = new UiDriver();
    private final Console console = new Console(ui);
    private final MappingFixture fixture = new MappingFixture(console);
    private final DropDriver drops = new DropDriver(ui, console);

    @BeforeEach
    void openDemo() {
        fixture.open();
    }

    @AfterEach
    void restore() throws Exception {
        ui.onUi(() -> LocalSelectionTransfer.getTransfer().setSelection(null));
        fixture.restore();
    }

    @Test
    void aRefusedDropShowsItsReasonWhileHovering() throws Exception {
        Volume volume = fixture.unmappedVolume(0);
        List<Sdc> sdcs = fixture.model().sdcs().subList(0, 2);
        fixture.map(volume, List.of(sdcs.get(0)));
        console.select(fixture.volumeItem(volume));
        SdcNode mappedSdc = new SdcNode(fixture.demo(), sdcs.get(0).id());
        VolumeNode dragged = new VolumeNode(fixture.demo(), volume.id());
        String reason = "Volume " + volume.name() + " is already mapped to SDC " + ClusterModel.sdcLabel(sdcs.get(0))
            + ".";

        IStatus refused = hover(dragged, mappedSdc);
        assertEquals(IStatus.ERROR, refused.getSeverity());
        assertEquals(reason, refused.getMessage());
        ui.find(console.window()).withText(CLabel.class, reason);

        IStatus fromItsSdc = hover(new MappedVolumeNode(fixture.demo(), sdcs.get(0).id(), volume.id()), mappedSdc);
        assertEquals(reason, fromItsSdc.getMessage(), "a volume dragged from under its SDC back onto it");
        VolumeDropAssistant assistant = assistant(dragged, mappedSdc);
        assertEquals(reason, ui.onUi(() -> assistant.validatePluginTransferDrop(new StructuredSelection(dragged),
            mappedSdc)).getMessage(), "the same answer when the drop comes as the navigator's PluginTransfer");
        assertTrue(hover(dragged, new SdcNode(fixture.demo(), sdcs.get(1).id())).isOK(),
            "another SDC takes it; the confirmation asks about multiple mappings");
        ui.waitUntil("the reason to go once the mouse is over an SDC that takes the drop",
            () -> ui.find(console.window()).all(CLabel.class).stream().noneMatch(l -> reason.equals(l.getText())));
    }

    @Test
    void aDropOnAnSdcMapsAfterTheConfirmation() throws Exception {
        Volume volume = fixture.unmappedVolume(0);
        Sdc sdc = fixture.model().sdcs().get(1);
        SdcNode target = new SdcNode(fixture.demo(), sdc.id());
        VolumeNode dragged = new VolumeNode(fixture.demo(), volume.id());
        IStatus accepted = hover(dragged, target);
        String action = "Release to map " + volume.name() + " to SDC " + ClusterModel.sdcLabel(sdc) + ".";
        assertTrue(accepted.isOK());
        assertEquals(action, accepted.getMessage(), "what the drop will do");
        ui.find(console.window()).withText(CLabel.class, action);

        VolumeDropAssistant assistant = assistant(dragged, target);
        // The assistant takes what it needs from the event and the dragged selection, not from the adapter.
        ui.onUi(() -> assistant.handleDrop(null, dropEvent(), target));
        Shell confirm = ui.shell("Map to SDC");
        Combo sdcChoice = ui.find(confirm).withId(Combo.class, "mapToSdc.sdc");
        assertTrue(ui.onUi(sdcChoice::getText).startsWith(ClusterModel.sdcLabel(sdc)), "the SDC dropped on is chosen");
        ui.input().typeInto(ui.find(confirm).withId(Text.class, "mapToSdc.iops"), "1000");
        ui.dialogs().close(confirm, "Map");
        console.awaitGatewayJobs();

        MappedSdcInfo mapping = fixture.observer().get(ObjectType.VOLUME, volume.id()).mappingOf(sdc.id())
            .orElseThrow();
        assertEquals(1000L, mapping.limitIops());
        assertFalse(fixture.observer().get(ObjectType.VOLUME, volume.id()).mappedSdcInfo().size() > 1);
    }

    private IStatus hover(Object draggedElement, Object target) {
        return drops.hover(draggedElement, target);
    }

    private VolumeDropAssistant assistant(Object draggedElement, Object target) {
        return drops.assistant(draggedElement, target);
    }

    private DropTargetEvent dropEvent() {
        return drops.dropEvent();
    }
}
