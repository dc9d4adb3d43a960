package io.arrowhead.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
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
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;

/**
 * Map to SDC… and Unmap on the demo cluster, with the keyboard and the dialogs, checked against the simulator: the
 * limits arrive in MiB/s, invalid input sends nothing, and Delete on a volume under an SDC unmaps it from that SDC
 * only instead of deleting it.
 */
@ExtendWith(ScreenshotOnFailure.class)
class MappingTest {

    private final UiDriver ui = new UiDriver();
    private final Console console = new Console(ui);
    private final MappingFixture fixture = new MappingFixture(console);

    @BeforeEach
    void openDemo() {
        fixture.open();
    }

    @AfterEach
    void restore() throws Exception {
        fixture.restore();
    }

    @Test
    void mapsThroughTheDialogWithLimits() throws Exception {
        Volume volume = fixture.unmappedVolume(0);
        Sdc sdc = fixture.model().sdcs().getFirst();
        console.select(fixture.volumeItem(volume));
        ui.input().press(SWT.MOD1 | SWT.SHIFT, 'm');
        Shell dialog = ui.shell("Map to SDC");
        Combo sdcChoice = ui.find(dialog).withId(Combo.class, "mapToSdc.sdc");
        assertTrue(ui.onUi(sdcChoice::getText).startsWith(ClusterModel.sdcLabel(sdc)), "the first SDC is chosen");
        ui.input().typeInto(ui.find(dialog).withId(Text.class, "mapToSdc.iops"), "500");
        ui.input().typeInto(ui.find(dialog).withId(Text.class, "mapToSdc.bandwidth"), "20");
        ui.dialogs().close(dialog, "Map");
        console.awaitGatewayJobs();

        MappedSdcInfo mapping = fixture.observer().get(ObjectType.VOLUME, volume.id()).mappingOf(sdc.id())
            .orElseThrow();
        assertEquals(500L, mapping.limitIops());
        assertEquals(20L, mapping.limitBwInMbps(), "20 MiB/s is sent as 20480 KiB/s");
        assertEquals("ReadWrite", mapping.accessMode());
        console.reveal("Demo", fixture.system(), "SDCs", ClusterModel.sdcLabel(sdc), volume.name() + " ");
    }

    @Test
    void invalidInputKeepsMapDisabledAndSendsNothing() throws Exception {
        Volume volume = fixture.unmappedVolume(0);
        console.select(fixture.volumeItem(volume));
        console.execute("io.arrowhead.ui.commands.mapToSdc");
        Shell dialog = ui.shell("Map to SDC");
        Button map = ui.find(dialog).withText(Button.class, "Map");
        Text iops = ui.find(dialog).withId(Text.class, "mapToSdc.iops");
        assertTrue(ui.onUi(map::isEnabled), "the defaults are valid");

        ui.input().typeInto(iops, "5");
        ui.waitUntil("the IOPS rule", () -> ui.dialogs().messages(dialog).stream()
            .anyMatch(m -> m.contains("at least 11")));
        assertFalse(ui.onUi(map::isEnabled));
        ui.input().replaceText(iops, "many");
        ui.waitUntil("the number rule", () -> ui.dialogs().messages(dialog).stream()
            .anyMatch(m -> m.contains("whole number")));
        assertFalse(ui.onUi(map::isEnabled));
        ui.input().replaceText(iops, "0");
        ui.input().typeInto(ui.find(dialog).withId(Text.class, "mapToSdc.bandwidth"), "-1");
        ui.waitUntil("the bandwidth rule", () -> ui.dialogs().messages(dialog).stream()
            .anyMatch(m -> m.contains("cannot be negative")));
        assertFalse(ui.onUi(map::isEnabled));

        ui.dialogs().close(dialog, "Cancel");
        console.awaitGatewayJobs();
        assertFalse(fixture.observer().get(ObjectType.VOLUME, volume.id()).isMapped(), "nothing was mapped");
    }

    @Test
    void unmapOnAVolumeListsItsSdcsAndUnmapsAll() throws Exception {
        Volume volume = fixture.unmappedVolume(0);
        List<Sdc> sdcs = fixture.model().sdcs().subList(0, 2);
        fixture.map(volume, sdcs);
        console.select(fixture.volumeItem(volume));
        ui.input().press(SWT.MOD1, 'u');
        Shell confirm = ui.shell("Unmap");
        String question = String.join(" ", ui.dialogs().messages(confirm));
        assertTrue(question.contains(ClusterModel.sdcLabel(sdcs.get(0))) && question.contains(
            ClusterModel.sdcLabel(sdcs.get(1))), "the confirmation names both SDCs: " + question);
        ui.dialogs().close(confirm, "Unmap");
        console.awaitGatewayJobs();
        assertFalse(fixture.observer().get(ObjectType.VOLUME, volume.id()).isMapped());
    }

    @Test
    void deleteOnAVolumeUnderAnSdcUnmapsItFromThatSdcOnly() throws Exception {
        Volume volume = fixture.unmappedVolume(0);
        List<Sdc> sdcs = fixture.model().sdcs().subList(0, 2);
        fixture.map(volume, sdcs);
        Sdc first = sdcs.get(0);
        console.select(console.reveal("Demo", fixture.system(), "SDCs", ClusterModel.sdcLabel(first),
            volume.name() + " "));
        console.execute("org.eclipse.ui.edit.delete");
        Shell confirm = ui.shell("Unmap");
        assertTrue(ui.dialogs().messages(confirm).contains("Unmap " + volume.name() + " from "
            + ClusterModel.sdcLabel(first) + "?"), String.join(" | ", ui.dialogs().messages(confirm)));
        ui.dialogs().close(confirm, "Unmap");
        console.awaitGatewayJobs();

        Volume after = fixture.observer().get(ObjectType.VOLUME, volume.id());
        assertTrue(after.mappingOf(first.id()).isEmpty(), "unmapped from the SDC it was listed under");
        assertTrue(after.mappingOf(sdcs.get(1).id()).isPresent(), "still mapped to the other SDC, and not deleted");
    }
}
