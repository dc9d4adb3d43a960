package io.arrowhead.ui.internal.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.ui.ArrowheadViews;
import io.arrowhead.ui.WidgetIds;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;

@ExtendWith(ScreenshotOnFailure.class)
class ConsoleNavigatorTest {

    private final UiDriver ui = new UiDriver();

    @Test
    void showsTheGatewaysRootWithItsIcon() {
        Tree tree = navigatorTree();
        ui.waitUntil("the Gateways root, then Docker Hosts", () -> List.of(GatewaysNode.LABEL, "Docker Hosts")
            .equals(List.of(tree.getItems()).stream().map(TreeItem::getText).toList()));
        assertTrue(ui.onUi(() -> tree.getItem(0).getImage() != null), "the Gateways node has an icon");
    }

    @Test
    void clickingANodeDescribesItInTheStatusLine() {
        Tree tree = navigatorTree();
        TreeItem gateways = ui.trees().item(tree, GatewaysNode.LABEL);
        ui.input().click(gateways);
        Shell window = ui.onUi(tree::getShell);
        assertNotNull(ui.find(window).withText(CLabel.class, "The ScaleIO REST Gateways this console manages"));
    }

    @Test
    void productionCodeNamesWidgetsUnderTheDriversKey() {
        assertEquals(UiDriver.WIDGET_ID_KEY, WidgetIds.KEY);
    }

    private Tree navigatorTree() {
        return ui.onUi(() -> {
            try {
                ConsoleNavigator navigator = (ConsoleNavigator) PlatformUI.getWorkbench().getActiveWorkbenchWindow()
                    .getActivePage().showView(ArrowheadViews.NAVIGATOR);
                return navigator.getCommonViewer().getTree();
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        });
    }
}
