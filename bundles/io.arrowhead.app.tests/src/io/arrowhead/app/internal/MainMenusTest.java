package io.arrowhead.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;

/** The menus where Eclipse users look: File > Add Gateway…, Window > Preferences, Help > Welcome. */
@ExtendWith(ScreenshotOnFailure.class)
class MainMenusTest {

    private final UiDriver ui = new UiDriver();

    @Test
    void fileStartsWithAddGatewayWindowHasPreferencesAndHelpStartsWithWelcome() {
        Shell window = ui.onUi(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell());
        // The test runtime holds more of the platform than the product, and its bundles add to File and Help.
        List<String> file = ui.menus().labels(window, "File");
        assertEquals(List.of("Add Gateway…", "New Volume…"), file.subList(0, 2), file.toString());
        assertEquals("Exit", file.getLast(), file.toString());
        List<String> windowMenu = ui.menus().labels(window, "Window");
        assertTrue(windowMenu.contains("Preferences..."), "Window > Preferences: " + windowMenu);
        List<String> help = ui.menus().labels(window, "Help");
        assertEquals("Welcome", help.getFirst(), help.toString());
        assertEquals("About Arrowhead", help.getLast(), help.toString());
    }
}
