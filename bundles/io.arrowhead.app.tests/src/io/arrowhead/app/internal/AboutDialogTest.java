package io.arrowhead.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.FrameworkUtil;

import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;

@ExtendWith(ScreenshotOnFailure.class)
class AboutDialogTest {

    private static final List<String> OWN_BUNDLES = List.of("io.arrowhead.app", "io.arrowhead.core", "io.arrowhead.hosts",
        "io.arrowhead.scaleio.client", "io.arrowhead.scaleio.simulator", "io.arrowhead.ui");

    private final UiDriver ui = new UiDriver();

    @Test
    void helpAboutShowsTheVersionAndTheComponents() {
        Shell window = ui.onUi(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell());
        assertTrue(ui.menus().labels(window, "Help").contains("About Arrowhead"));
        ui.menus().select(window, "Help", "About Arrowhead");

        Shell about = ui.shell(AboutArrowheadDialog.TITLE);
        String version = FrameworkUtil.getBundle(AboutArrowheadDialog.class).getVersion().toString();
        Label versionLabel = ui.find(about).withId(Label.class, "about.version");
        assertEquals("Version " + version, ui.onUi(versionLabel::getText));
        assertTrue(ui.dialogs().messages(about).contains("Arrowhead"));

        List<String> bundles = ui.tables().column(ui.find(about).withId(Table.class, "about.components"), "Bundle");
        assertTrue(bundles.containsAll(OWN_BUNDLES), bundles.toString());
        assertTrue(bundles.containsAll(List.of("org.eclipse.ui.workbench", "org.eclipse.swt")), bundles.toString());
        ui.screenshot("about-dialog");

        ui.dialogs().close(about, "Close");
    }
}
