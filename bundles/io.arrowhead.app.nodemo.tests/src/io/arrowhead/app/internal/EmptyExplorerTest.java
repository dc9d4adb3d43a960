package io.arrowhead.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.ConnectionSettings;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.ui.ArrowheadViews;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;
import io.arrowhead.ui.testing.WidgetTexts;

/**
 * Without the demo the console starts with no gateway: the Storage Explorer says how to add one instead of showing a
 * bare tree, its link opens the wizard, and the tree takes its place while there is a gateway.
 */
@ExtendWith(ScreenshotOnFailure.class)
class EmptyExplorerTest {

    private final UiDriver ui = new UiDriver();

    @Test
    void anEmptyExplorerLinksToAddGatewayUntilAGatewayIsSaved() throws Exception {
        assertEquals(0, ArrowheadCore.connections().all().size(), "no gateway without the demo");
        Tree tree = ui.onUi(() -> navigator().getCommonViewer().getTree());
        Shell window = ui.onUi(tree::getShell);
        Link hint = ui.find(window).withId(Link.class, "navigator.emptyHint");
        ui.waitUntil("the hint in place of the tree", () -> hint.isVisible() && !tree.isVisible());
        assertTrue(ui.onUi(() -> WidgetTexts.of(hint)).startsWith("No gateways yet. Add a gateway…"));
        ui.screenshot("empty-explorer");

        // By keyboard: focusing the view reaches the link, and Enter follows it.
        ui.onUi(() -> {
            window.forceActive();
            navigator().setFocus();
        });
        ui.waitUntil("keyboard focus on the hint's link", hint::isFocusControl);
        ui.input().press(SWT.CR);
        ui.dialogs().close(ui.shell("Add Gateway"), "Cancel");

        GatewayConnection saved = ArrowheadCore.connections().add(
            ConnectionSettings.create("Lab", "https://127.0.0.1:9/api", "admin"), "secret".toCharArray());
        try {
            ui.waitUntil("the tree in place of the hint", () -> tree.isVisible() && !hint.isVisible());
        } finally {
            ArrowheadCore.connections().remove(saved);
        }
        ui.waitUntil("the hint back once the last gateway is gone", () -> hint.isVisible() && !tree.isVisible());
    }

    private static CommonNavigator navigator() {
        try {
            return (CommonNavigator) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .showView(ArrowheadViews.NAVIGATOR);
        } catch (PartInitException e) {
            throw new AssertionError(e);
        }
    }
}
