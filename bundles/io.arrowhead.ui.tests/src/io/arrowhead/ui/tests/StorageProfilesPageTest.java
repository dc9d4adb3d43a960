package io.arrowhead.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.hosts.StorageProfile;
import io.arrowhead.hosts.FilesystemType;
import io.arrowhead.scaleio.client.model.VolumeType;
import io.arrowhead.ui.testing.AccessibleNames;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;

/** Window > Preferences > Arrowhead > Storage Profiles adds, edits and removes profiles, and refuses invalid ones. */
@ExtendWith(ScreenshotOnFailure.class)
class StorageProfilesPageTest {

    private static final String NAME = "ui-silver";

    private final UiDriver ui = new UiDriver();
    private final Console console = new Console(ui);

    @AfterEach
    void cleanUp() {
        console.closeStrayShells();
        ArrowheadCore.storageProfiles().remove(NAME);
    }

    @Test
    void aProfileIsAddedEditedAndRemovedThroughThePage() {
        Shell preferences = openPage();
        ui.input().click(ui.find(preferences).withId(Button.class, "profiles.add"));
        Shell dialog = ui.shell("Add Storage Profile");
        Button ok = ui.find(dialog).withText(Button.class, "OK");
        assertFalse(ui.onUi(ok::isEnabled), "a profile needs a name and a protection domain");
        Text name = ui.find(dialog).withId(Text.class, "profile.name");
        assertEquals("Name", ui.onUi(() -> AccessibleNames.of(name)));
        ui.input().typeInto(name, NAME);
        ui.input().typeInto(ui.find(dialog).withId(Text.class, "profile.domain"), "pd-01");
        Text iops = ui.find(dialog).withId(Text.class, "profile.iops");
        ui.input().replaceText(iops, "5");
        ui.waitUntil("5 IOPS to be refused", () -> ui.onUi(() -> !ok.isEnabled() && iops.getText().equals("5")));
        assertEquals("The IOPS limit must be 0 (unlimited) or at least 11.", errorOf(dialog));
        ui.input().replaceText(iops, "2000");
        ui.input().replaceText(ui.find(dialog).withId(Text.class, "profile.bandwidth"), "50");
        ui.waitUntil("the profile to be accepted", () -> ui.onUi(ok::isEnabled));
        ui.dialogs().close(dialog, "OK");
        assertTrue(ArrowheadCore.storageProfiles().find(NAME).isEmpty(), "saved only by Apply");
        ui.dialogs().close(preferences, "Apply and Close");
        assertEquals(new StorageProfile(NAME, "pd-01", null, VolumeType.THIN_PROVISIONED, 16, 2000, 50,
            FilesystemType.EXT4), ArrowheadCore.storageProfiles().find(NAME).orElseThrow());

        preferences = openPage();
        selectRow(preferences, NAME);
        ui.input().click(ui.find(preferences).withId(Button.class, "profiles.edit"));
        dialog = ui.shell("Edit Storage Profile");
        Button editOk = ui.find(dialog).withText(Button.class, "OK");
        ui.input().click(ui.find(dialog).withId(Button.class, "profile.anyPool"));
        ui.waitUntil("a pool to be asked for", () -> ui.onUi(() -> !editOk.isEnabled()));
        ui.input().typeInto(ui.find(dialog).withId(Text.class, "profile.pool"), "sp-ssd-03");
        ui.input().replaceText(ui.find(dialog).withId(Text.class, "profile.size"), "abc");
        ui.waitUntil("a size that is no number to be refused", () -> ui.onUi(() -> !editOk.isEnabled()));
        ui.input().replaceText(ui.find(dialog).withId(Text.class, "profile.size"), "32");
        ui.waitUntil("the edit to be accepted", () -> ui.onUi(editOk::isEnabled));
        ui.dialogs().close(dialog, "OK");
        ui.dialogs().close(preferences, "Apply and Close");
        StorageProfile edited = ArrowheadCore.storageProfiles().find(NAME).orElseThrow();
        assertEquals("sp-ssd-03", edited.pool());
        assertEquals(32, edited.defaultSizeGib());

        preferences = openPage();
        selectRow(preferences, NAME);
        ui.input().click(ui.find(preferences).withId(Button.class, "profiles.remove"));
        ui.dialogs().close(preferences, "Apply and Close");
        assertTrue(ArrowheadCore.storageProfiles().find(NAME).isEmpty());
        assertTrue(ArrowheadCore.storageProfiles().find("gold").isPresent(), "the demo's profiles stay");
    }

    @Test
    void aTakenNameKeepsOkDisabledAndCancelSavesNothing() {
        Shell preferences = openPage();
        ui.input().click(ui.find(preferences).withId(Button.class, "profiles.add"));
        Shell dialog = ui.shell("Add Storage Profile");
        ui.input().typeInto(ui.find(dialog).withId(Text.class, "profile.name"), "GOLD");
        ui.input().typeInto(ui.find(dialog).withId(Text.class, "profile.domain"), "pd-01");
        Button ok = ui.find(dialog).withText(Button.class, "OK");
        ui.waitUntil("the taken name to be named", () -> "A storage profile named GOLD already exists."
            .equals(errorOf(dialog)));
        assertFalse(ui.onUi(ok::isEnabled));
        ui.dialogs().close(dialog, "Cancel");
        ui.dialogs().close(preferences, "Cancel");
        assertEquals("gold", ArrowheadCore.storageProfiles().find("gold").orElseThrow().name());
    }

    private String errorOf(Shell dialog) {
        return ui.onUi(() -> ((TitleAreaDialog) dialog.getData()).getErrorMessage());
    }

    private void selectRow(Shell preferences, String profile) {
        Table table = ui.find(preferences).withId(Table.class, "profiles.table");
        TableItem row = ui.waitFor("the row of " + profile, () -> ui.onUi(() -> {
            for (TableItem item : table.getItems()) {
                if (item.getText(0).equals(profile)) {
                    return item;
                }
            }
            return null;
        }));
        ui.input().click(row);
        ui.waitUntil("the row to be selected", () -> ui.onUi(() -> table.getSelectionCount() == 1));
    }

    /** Opens Window > Preferences at Arrowhead > Storage Profiles, and returns the dialog. */
    private Shell openPage() {
        ui.menus().select(console.window(), "Window", "Preferences...");
        Shell dialog = ui.shell("Preferences");
        Tree pages = ui.find(dialog).all(Tree.class).getFirst();
        ui.input().click(ui.trees().expand(pages, "Arrowhead", "Storage Profiles"));
        ui.find(dialog).withId(Table.class, "profiles.table");
        return dialog;
    }
}
