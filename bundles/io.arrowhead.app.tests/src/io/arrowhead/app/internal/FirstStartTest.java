package io.arrowhead.app.internal;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.intro.IIntroManager;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.ui.ArrowheadViews;
import io.arrowhead.ui.internal.dashboard.DashboardEditorInput;
import io.arrowhead.ui.internal.dashboard.GatewayDashboard;
import io.arrowhead.ui.internal.editors.Editors;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;
import io.arrowhead.ui.testing.WidgetTexts;

/**
 * The console as a user first sees it (this bundle runs without the test customization that hides the welcome, and
 * this class first, see junit-platform.properties): the window is maximised and the welcome page is open.
 */
@Order(1)
@ExtendWith(ScreenshotOnFailure.class)
class FirstStartTest {

    private final UiDriver ui = new UiDriver();

    @Test
    void theWelcomeOpensOnTheFirstStartAndItsLinkOpensTheAddGatewayWizard() {
        ui.waitUntil("the workbench to finish starting", () -> !PlatformUI.getWorkbench().isStarting()
            && PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null);
        IIntroManager intros = PlatformUI.getWorkbench().getIntroManager();
        assertInstanceOf(WelcomeIntro.class, ui.waitFor("the welcome page", intros::getIntro));
        // In standby, so the Storage Explorer the page talks about stays in sight beside it.
        assertTrue(ui.onUi(() -> intros.isIntroStandby(intros.getIntro())), "the welcome opens in standby");
        assertTrue(ui.onUi(() -> window().getActivePage().isPartVisible(
            window().getActivePage().findView(ArrowheadViews.NAVIGATOR))),
            "the Storage Explorer is visible beside the welcome");
        Shell window = ui.onUi(() -> window().getShell());
        List<String> texts = ui.onUi(() -> ui.find(window).all(Link.class).stream()
            .filter(Link::isVisible).map(link -> WidgetTexts.plain(WidgetTexts.of(link))).toList());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Add a gateway…")), texts.toString());
        ui.screenshot("welcome");

        // The keyboard's way: focusing the page puts the focus on the link, and Enter follows it.
        Link addGateway = ui.find(window).withId(Link.class, "welcome.addGateway");
        ui.onUi(() -> {
            window.forceActive();
            intros.getIntro().setFocus();
        });
        ui.waitUntil("keyboard focus on the Add Gateway link", addGateway::isFocusControl);
        ui.input().press(SWT.CR);
        ui.dialogs().close(ui.shell("Add Gateway"), "Cancel");

        Link close = ui.find(window).withId(Link.class, "welcome.close");
        ui.trigger("the Close link", () -> close.notifyListeners(SWT.Selection, null));
        ui.waitUntil("the welcome page to close", () -> intros.getIntro() == null);
    }

    @Test
    void theDemoGatewaysLiveDashboardFillsTheEditorAreaWithoutTakingTheKeyboard() {
        IEditorPart dashboard = ui.withTimeout(Duration.ofSeconds(60)).waitFor("the demo's dashboard to open",
            () -> Arrays.stream(window().getActivePage().getEditorReferences())
                .filter(reference -> Editors.DASHBOARD_ID.equals(reference.getId()))
                .map(reference -> reference.getEditor(false)).filter(Objects::nonNull).findFirst().orElse(null));
        assertInstanceOf(GatewayDashboard.class, dashboard);
        assertTrue(ui.onUi(() -> ((DashboardEditorInput) dashboard.getEditorInput()).gateway().isDemo()),
            "the dashboard is the demo gateway's");
        assertTrue(ui.onUi(() -> window().getActivePage().getActivePart() != dashboard),
            "the dashboard opens without taking the focus");
    }

    @Test
    void theWindowIsMaximisedOnTheFirstStartAndRemembersThatItWasPlaced() {
        assertTrue(ui.onUi(() -> window().getShell().getMaximized()), "the first window is maximised");
        assertTrue(ui.onUi(() -> window().getService(MWindow.class).getTags())
            .contains(ArrowheadWindowAdvisor.PLACED_TAG), "the saved layout records that the window was placed");
    }

    private static IWorkbenchWindow window() {
        return PlatformUI.getWorkbench().getWorkbenchWindows()[0];
    }
}
