package io.arrowhead.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.ui.ArrowheadViews;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;
import io.arrowhead.ui.testing.WidgetTexts;

/** The window a user sees on start: its title, the console perspective and its views. */
@ExtendWith(ScreenshotOnFailure.class)
class ConsoleWindowTest {

    private final UiDriver ui = new UiDriver();

    @Test
    void theWindowIsTitledArrowheadAndOpensTheConsolePerspective() {
        assertEquals("Arrowhead", ui.onUi(() -> window().getShell().getText()));
        assertEquals(ConsolePerspective.ID, ui.onUi(() -> window().getActivePage().getPerspective().getId()));
        assertTrue(ui.onUi(() -> window().getShell().getImages().length >= 4), "the window carries the Arrowhead icons");
    }

    @Test
    void thePerspectiveHoldsTheNavigatorPropertiesProgressErrorLogAndOperations() {
        Set<String> views = ui.onUi(() -> {
            IWorkbenchPage page = window().getActivePage();
            page.resetPerspective();
            return List.of(page.getViewReferences()).stream().map(r -> r.getId()).collect(Collectors.toSet());
        });
        assertTrue(views.containsAll(Set.of(ArrowheadViews.NAVIGATOR, IPageLayout.ID_PROP_SHEET, ArrowheadViews.PROGRESS,
            ArrowheadViews.ERROR_LOG, ArrowheadViews.OPERATIONS)), views.toString());
        assertTrue(ui.onUi(() -> List.of(window().getActivePage().getShowViewShortcuts()))
            .contains(ArrowheadViews.OPERATIONS), "Window > Show View offers the Operations view");

        Shell shell = ui.onUi(() -> window().getShell());
        List<String> expected = List.of("Storage Explorer", "Properties", "Progress", "Error Log", "Operations");
        ui.waitUntil("the view tabs " + expected, () -> tabTitles(shell).containsAll(expected));
    }

    @Test
    void theNavigatorShowsTheGatewaysRoot() {
        Tree tree = ui.onUi(() -> {
            try {
                return ((CommonNavigator) window().getActivePage().showView(ArrowheadViews.NAVIGATOR)).getCommonViewer().getTree();
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        });
        ui.waitUntil("the Gateways and Docker Hosts roots",
            () -> ui.trees().topLevel(tree).equals(List.of("Gateways", "Docker Hosts")));
        ui.screenshot("console-window");
    }

    private static IWorkbenchWindow window() {
        return PlatformUI.getWorkbench().getWorkbenchWindows()[0];
    }

    private List<String> tabTitles(Shell shell) {
        return ui.find(shell).all(CTabItem.class).stream().map(item -> WidgetTexts.plain(item.getText())).toList();
    }
}
