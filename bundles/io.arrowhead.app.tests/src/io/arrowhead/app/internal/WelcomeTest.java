package io.arrowhead.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.intro.IIntroManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;

/** The welcome page opens again from Help > Welcome and from Show View > Welcome, and neither logs an error. */
@ExtendWith(ScreenshotOnFailure.class)
class WelcomeTest {

    /** The view that holds the intro part; Show View > Other > Welcome opens it. */
    private static final String INTRO_VIEW = "org.eclipse.ui.internal.introview";

    private final UiDriver ui = new UiDriver();
    private final List<IStatus> errors = new CopyOnWriteArrayList<>();
    private final ILogListener listener = (status, plugin) -> {
        if (status.matches(IStatus.ERROR)) {
            errors.add(status);
        }
    };

    @BeforeEach
    void listen() {
        Platform.addLogListener(listener);
    }

    @AfterEach
    void closeWelcome() {
        Platform.removeLogListener(listener);
        IIntroManager intros = PlatformUI.getWorkbench().getIntroManager();
        ui.onUi(() -> intros.getIntro() == null || intros.closeIntro(intros.getIntro()));
    }

    @Test
    void helpWelcomeShowsTheWelcomePage() {
        Shell window = ui.onUi(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell());
        ui.menus().select(window, "Help", "Welcome");
        assertInstanceOf(WelcomeIntro.class, ui.waitFor("the welcome page",
            () -> PlatformUI.getWorkbench().getIntroManager().getIntro()));
        assertEquals(List.of(), errors);
    }

    @Test
    void showViewOpensTheWelcomeViewWithoutErrors() {
        ui.onUi(() -> {
            try {
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(INTRO_VIEW);
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        });
        assertInstanceOf(WelcomeIntro.class, PlatformUI.getWorkbench().getIntroManager().getIntro());
        assertEquals(List.of(), errors);
    }
}
