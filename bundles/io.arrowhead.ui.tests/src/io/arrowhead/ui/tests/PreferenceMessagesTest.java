package io.arrowhead.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;

/**
 * The Preferences dialog shows a page's validation message on one line and elides what does not fit, keeping the
 * whole message as the tooltip; the console's page is wide enough that nothing is elided.
 */
@ExtendWith(ScreenshotOnFailure.class)
class PreferenceMessagesTest {

    private final UiDriver ui = new UiDriver();
    private final Console console = new Console(ui);

    @AfterEach
    void closeTheDialog() {
        console.closeStrayShells();
    }

    @Test
    void everyValidationMessageOfTheConsolePageShowsWhole() {
        ui.menus().select(console.window(), "Window", "Preferences...");
        Shell dialog = ui.shell("Preferences");
        ui.input().click(ui.trees().item(ui.find(dialog).all(Tree.class).getFirst(), "Arrowhead"));

        assertShownWhole(dialog, "preferences.refreshInterval", "2",
            "Enter 0 (never) or a number of seconds from 5 to 3600.");
        assertShownWhole(dialog, "preferences.requestTimeout", "0",
            "Enter a gateway call timeout from 1 to 600 seconds.");
        assertShownWhole(dialog, "preferences.clusterLoadTimeout", "99999",
            "Enter a cluster load timeout from 5 to 3600 seconds.");
        ui.screenshot("preferences-message");
        ui.dialogs().close(dialog, "Cancel");
    }

    /** Types a bad value, waits for the dialog's message about it, which must not be elided, and undoes it. */
    private void assertShownWhole(Shell dialog, String fieldId, String badValue, String message) {
        Text field = ui.find(dialog).withId(Text.class, fieldId);
        String good = ui.onUi(() -> field.getText());
        ui.input().replaceText(field, badValue);
        Text shown = ui.waitFor("the message '" + message + "'", () -> ui.find(dialog).all(Text.class).stream()
            .filter(text -> message.equals(text.getToolTipText())).findFirst().orElse(null));
        assertEquals(message, ui.onUi(() -> shown.getText()), "the message is not elided");
        ui.input().replaceText(field, good);
    }
}
