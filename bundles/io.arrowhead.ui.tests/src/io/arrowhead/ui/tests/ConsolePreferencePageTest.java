package io.arrowhead.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.DialogPage;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.ConsolePreferences;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.scaleio.client.GatewayClient;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.RemoveMode;
import io.arrowhead.scaleio.client.Sizes;
import io.arrowhead.scaleio.client.VolumeRequest;
import io.arrowhead.scaleio.client.model.ProtectionDomain;
import io.arrowhead.scaleio.client.model.StoragePool;
import io.arrowhead.scaleio.client.model.VolumeType;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;

/**
 * Window > Preferences > Arrowhead: each value set on the page is stored where the core reads it and changes what
 * the console does: how often it refreshes, how the New Volume wizard provisions, and whether Delete asks.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ConsolePreferencePageTest {

    /** Well below the default 30 s and well above the 5 s set here, so only the new interval can meet it. */
    private static final Duration AUTOMATIC_REFRESH_WAIT = Duration.ofSeconds(15);

    private final UiDriver ui = new UiDriver();
    private final Console console = new Console(ui);
    private final List<String> createdVolumes = new ArrayList<>();
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
        system = demo.model().system().name();
        domain = demo.model().protectionDomains().getFirst();
        pool = demo.model().pools(domain.id()).getFirst();
    }

    @AfterEach
    void restore() throws Exception {
        console.closeStrayShells();
        ui.onUi(() -> console.page().closeAllEditors(false));
        console.collapseNavigator();
        console.awaitGatewayJobs();
        for (String id : createdVolumes) {
            if (observer.volumes().stream().anyMatch(v -> v.id().equals(id))) {
                observer.removeVolume(id, RemoveMode.ONLY_ME);
            }
        }
        observer.close();
        ConsolePreferences.node().remove(ConsolePreferences.REFRESH_INTERVAL_SECONDS);
        ConsolePreferences.node().remove(ConsolePreferences.DEFAULT_VOLUME_TYPE);
        ConsolePreferences.node().remove(ConsolePreferences.CONFIRM_DELETE);
        ConsolePreferences.node().remove(ConsolePreferences.DEFAULT_VOLUME_SIZE_GIB);
        ConsolePreferences.node().flush();
    }

    @Test
    void theRefreshIntervalDrivesTheAutomaticRefresh() throws Exception {
        Shell preferences = openPage();
        ui.input().replaceText(ui.find(preferences).withId(Text.class, "preferences.refreshInterval"), "5");
        ui.dialogs().close(preferences, "Apply and Close");
        assertEquals(5, ConsolePreferences.refreshIntervalSeconds());

        // a refresh by hand schedules the next automatic one at the interval in force
        ArrowheadCore.connections().refresh(demo).join();
        Instant loaded = demo.model().loadedAt();
        ui.withTimeout(AUTOMATIC_REFRESH_WAIT).waitUntil("an automatic refresh at the new interval",
            () -> demo.model().loadedAt().isAfter(loaded));
    }

    @Test
    void theDefaultProvisioningIsTheNewVolumeWizardsChoice() throws Exception {
        Shell preferences = openPage();
        ui.input().click(ui.find(preferences).withId(Button.class, "preferences.thick"));
        ui.dialogs().close(preferences, "Apply and Close");
        assertEquals(VolumeType.THICK_PROVISIONED, ConsolePreferences.defaultVolumeType());

        console.select(console.reveal("Demo", system, "Protection Domains", domain.name(), pool.name()));
        ui.input().press(SWT.MOD1, 'n');
        Shell wizard = ui.shell("New Volume");
        assertTrue(ui.onUi(ui.find(wizard).withId(Button.class, "newVolume.thick")::getSelection));
        ui.input().typeInto(ui.find(wizard).withId(Text.class, "newVolume.name"), "ui-thick-default");
        ui.input().replaceText(ui.find(wizard).withId(Text.class, "newVolume.size"), "8");
        ui.dialogs().close(wizard, "Finish");
        console.awaitGatewayJobs();

        String id = observer.volumeIdByName("ui-thick-default");
        createdVolumes.add(id);
        assertEquals(VolumeType.THICK_PROVISIONED, observer.get(ObjectType.VOLUME, id).volumeType());
    }

    @Test
    void theNewVolumeWizardStartsWithTheDefaultSizeSoANameIsEnough() throws Exception {
        Shell wizard = openNewVolumeWizard();
        Text size = ui.find(wizard).withId(Text.class, "newVolume.size");
        assertEquals(Integer.toString(ConsolePreferences.DEFAULT_SIZE_GIB), ui.onUi(() -> size.getText()));
        Button finish = ui.find(wizard).withText(Button.class, "Finish");
        assertFalse(ui.onUi(finish::isEnabled), "a volume needs a name");
        ui.input().typeInto(ui.find(wizard).withId(Text.class, "newVolume.name"), "ui-default-size");
        ui.waitUntil("Finish to be enabled by the name alone", () -> ui.onUi(finish::isEnabled));
        ui.dialogs().close(wizard, "Finish");
        console.awaitGatewayJobs();

        String id = observer.volumeIdByName("ui-default-size");
        createdVolumes.add(id);
        assertEquals(ConsolePreferences.DEFAULT_SIZE_GIB * Sizes.KIB_PER_GIB,
            observer.get(ObjectType.VOLUME, id).sizeInKb());
    }

    @Test
    void aChangedDefaultSizeIsTheWizardsSizeAndMustBeWholeUnits() throws Exception {
        Shell preferences = openPage();
        Text field = ui.find(preferences).withId(Text.class, "preferences.defaultVolumeSize");
        Button applyAndClose = ui.find(preferences).withText(Button.class, "Apply and Close");
        ui.input().replaceText(field, "20");
        ui.waitUntil("20 GiB to be refused", () -> field.getText().equals("20") && !applyAndClose.isEnabled());
        // the dialog's message line shortens long text, so the page's own message is read
        assertEquals("Enter a multiple of 8 GiB from 8 to 1048576.", ui.onUi(() -> ((DialogPage)
            ((PreferenceDialog) preferences.getData()).getSelectedPage()).getErrorMessage()));
        ui.input().replaceText(field, "24");
        ui.waitUntil("24 GiB to be taken", () -> ui.onUi(applyAndClose::isEnabled));
        ui.dialogs().close(preferences, "Apply and Close");
        assertEquals(24, ConsolePreferences.defaultVolumeSizeGib());

        Shell wizard = openNewVolumeWizard();
        Text size = ui.find(wizard).withId(Text.class, "newVolume.size");
        Label rounding = ui.find(wizard).withId(Label.class, "newVolume.rounding");
        assertEquals("24", ui.onUi(() -> size.getText()));
        assertTrue(ui.onUi(() -> rounding.getText()).contains("24 GiB"));
        ui.dialogs().close(wizard, "Cancel");
    }

    @Test
    void withoutConfirmationDeleteDeletesAtOnce() throws Exception {
        Shell preferences = openPage();
        Button confirm = ui.find(preferences).withId(Button.class, "preferences.confirmDelete");
        assertTrue(ui.onUi(confirm::getSelection), "deletes are confirmed by default");
        ui.input().click(confirm);
        ui.dialogs().close(preferences, "Apply and Close");
        assertFalse(ConsolePreferences.confirmDelete());

        String id = observer.createVolume(VolumeRequest.ofGib(pool.id(), "ui-unconfirmed", 8,
            VolumeType.THIN_PROVISIONED));
        createdVolumes.add(id);
        ArrowheadCore.connections().refresh(demo).join();
        console.select(console.reveal("Demo", system, "Protection Domains", domain.name(), pool.name(),
            "ui-unconfirmed "));
        ui.input().press(SWT.DEL);

        ui.waitUntil("the volume to go without a question", () -> demo.model().volume(id).isEmpty());
        assertTrue(observer.volumes().stream().noneMatch(v -> v.id().equals(id)), "deleted at the gateway");
    }

    private Shell openNewVolumeWizard() {
        console.select(console.reveal("Demo", system, "Protection Domains", domain.name(), pool.name()));
        ui.input().press(SWT.MOD1, 'n');
        return ui.shell("New Volume");
    }

    /** Opens Window > Preferences and the console's page, and returns the dialog. */
    private Shell openPage() {
        ui.menus().select(console.window(), "Window", "Preferences...");
        Shell dialog = ui.shell("Preferences");
        Tree pages = ui.find(dialog).all(Tree.class).getFirst();
        TreeItem page = ui.trees().item(pages, "Arrowhead");
        ui.input().click(page);
        ui.find(dialog).withId(Text.class, "preferences.refreshInterval");
        return dialog;
    }
}
