package io.arrowhead.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.scaleio.client.GatewayClient;
import io.arrowhead.scaleio.client.Sizes;
import io.arrowhead.scaleio.client.model.ProtectionDomain;
import io.arrowhead.scaleio.client.model.StoragePool;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;

/**
 * Creates, renames, grows and deletes a volume of the demo cluster with the keyboard, the wizard, the editor and the
 * dialogs, and checks the simulator's real state after each step. Also: invalid input sends nothing, and a mapped
 * volume is not deleted.
 */
@ExtendWith(ScreenshotOnFailure.class)
class VolumeLifecycleTest {

    private final UiDriver ui = new UiDriver();
    private final Console console = new Console(ui);
    private GatewayConnection demo;
    private GatewayClient observer;
    private String system;
    private ProtectionDomain domain;
    private StoragePool pool;

    @BeforeEach
    void openDemo() {
        console.resetLayout();
        demo = console.demo();
        observer = console.observer();
        ClusterModel model = demo.model();
        system = model.system().name();
        domain = model.protectionDomains().getFirst();
        pool = model.pools(domain.id()).getFirst();
    }

    @AfterEach
    void closeEditors() {
        console.closeStrayShells();
        ui.onUi(() -> console.page().closeAllEditors(false));
        observer.close();
    }

    @Test
    void createRenameGrowAndDeleteAVolume() throws Exception {
        console.select(poolItem());
        ui.input().press(SWT.MOD1, 'n');
        Shell wizard = ui.shell("New Volume");
        ui.input().typeInto(find(wizard, Text.class, "newVolume.name"), "ui-lifecycle");
        ui.input().replaceText(find(wizard, Text.class, "newVolume.size"), "10");
        Label rounding = find(wizard, Label.class, "newVolume.rounding");
        ui.waitUntil("the rounding preview", () -> rounding.getText().contains("16 GiB"));
        ui.dialogs().close(wizard, "Finish");
        console.awaitGatewayJobs();
        Volume created = observer.get(io.arrowhead.scaleio.client.ObjectType.VOLUME,
            observer.volumeIdByName("ui-lifecycle"));
        assertEquals(16 * Sizes.KIB_PER_GIB, created.sizeInKb());
        assertEquals(pool.id(), created.storagePoolId());

        console.select(volumeItem("ui-lifecycle"));
        ui.input().press(SWT.F2);
        Shell rename = ui.shell("Rename Volume");
        ui.input().replaceText(ui.find(rename).all(Text.class).getFirst(), "ui-renamed");
        ui.dialogs().close(rename, "OK");
        console.awaitGatewayJobs();
        assertEquals("ui-renamed", observer.get(io.arrowhead.scaleio.client.ObjectType.VOLUME, created.id()).name());

        console.select(volumeItem("ui-renamed"));
        ui.input().press(SWT.CR);
        Text size = find(console.window(), Text.class, "volumeEditor.size");
        ui.input().replaceText(size, "20");
        Label editorRounding = find(console.window(), Label.class, "volumeEditor.sizeRounding");
        ui.waitUntil("the editor's rounding preview", () -> editorRounding.getText().contains("24 GiB"));
        ui.screenshot("volume-editor");
        ui.input().press(SWT.MOD1, 's');
        console.awaitGatewayJobs();
        ui.waitUntil("the grown size at the gateway", () -> sizeGib(created.id()) == 24);

        console.select(volumeItem("ui-renamed"));
        ui.input().press(SWT.DEL);
        Shell confirm = ui.shell("Delete Volumes");
        assertTrue(ui.dialogs().messages(confirm).stream().anyMatch(m -> m.contains("ui-renamed")),
            "the confirmation names the volume");
        ui.dialogs().close(confirm, "Delete");
        console.awaitGatewayJobs();
        assertTrue(observer.volumes().stream().noneMatch(v -> v.id().equals(created.id())));
    }

    @Test
    void anInvalidNameOrSizeShowsAnErrorAndSendsNothing() throws Exception {
        int before = observer.volumes().size();
        console.select(poolItem());
        ui.input().press(SWT.MOD1, 'n');
        Shell wizard = ui.shell("New Volume");
        Button finish = ui.find(wizard).withText(Button.class, "Finish");

        ui.input().typeInto(find(wizard, Text.class, "newVolume.name"), "bad name");
        ui.waitUntil("an error about the space", () -> ui.dialogs().messages(wizard).stream()
            .anyMatch(m -> m.contains("Spaces are not allowed")));
        assertFalse(ui.onUi(finish::isEnabled));

        ui.input().replaceText(find(wizard, Text.class, "newVolume.name"), "good-name");
        ui.input().replaceText(find(wizard, Text.class, "newVolume.size"), "ten");
        ui.waitUntil("an error about the size", () -> ui.dialogs().messages(wizard).stream()
            .anyMatch(m -> m.contains("whole number")));
        assertFalse(ui.onUi(finish::isEnabled));

        ui.dialogs().close(wizard, "Cancel");
        console.awaitGatewayJobs();
        assertEquals(before, observer.volumes().size());
        assertTrue(observer.volumes().stream().noneMatch(v -> v.name().equals("good-name")));
    }

    @Test
    void deletingAMappedVolumeIsRefused() throws Exception {
        Volume mapped = demo.model().volumes(pool.id()).stream().filter(Volume::isMapped).findFirst()
            .orElseGet(() -> demo.model().allVolumes().stream().filter(v -> v.isMapped() && !v.isSnapshot())
                .findFirst().orElseThrow());
        StoragePool itsPool = demo.model().pool(mapped.storagePoolId()).orElseThrow();
        String itsDomain = demo.model().protectionDomain(itsPool.protectionDomainId()).orElseThrow().name();
        console.select(console.reveal("Demo", system, "Protection Domains", itsDomain, itsPool.name(), mapped.name()));
        ui.input().press(SWT.DEL);
        Shell refusal = ui.shell("Cannot Delete Mapped Volume");
        assertTrue(ui.dialogs().buttons(refusal).containsAll(List.of("Unmap and Delete", "Cancel")));
        ui.dialogs().close(refusal, "Cancel");
        console.awaitGatewayJobs();
        assertTrue(observer.volumes().stream().anyMatch(v -> v.id().equals(mapped.id())), "nothing was deleted");
    }

    private long sizeGib(String volumeId) {
        try {
            return observer.get(io.arrowhead.scaleio.client.ObjectType.VOLUME, volumeId).sizeInKb()
                / Sizes.KIB_PER_GIB;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private TreeItem poolItem() {
        return console.reveal("Demo", system, "Protection Domains", domain.name(), pool.name());
    }

    private TreeItem volumeItem(String name) {
        return console.reveal("Demo", system, "Protection Domains", domain.name(), pool.name(), name + " ");
    }

    private <W extends org.eclipse.swt.widgets.Widget> W find(Shell shell, Class<W> type, String id) {
        return ui.find(shell).withId(type, id);
    }
}
