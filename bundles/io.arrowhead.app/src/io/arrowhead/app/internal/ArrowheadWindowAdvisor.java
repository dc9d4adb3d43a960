package io.arrowhead.app.internal;

import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPreferenceConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.intro.IIntroManager;

/**
 * The main window: title, size, and the status line whose progress area shows running Jobs. The workbench saves the
 * window's size and state with its layout; a window that comes without them, on the first start, is maximised.
 */
final class ArrowheadWindowAdvisor extends WorkbenchWindowAdvisor {

    static final String TITLE = "Arrowhead";

    /** Tags the window model once placed, so that a restored window keeps the size the user gave it. */
    static final String PLACED_TAG = "io.arrowhead.app.windowPlaced";

    ArrowheadWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new ArrowheadActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1280, 800));
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setShowPerspectiveBar(false);
        configurer.setTitle(TITLE);
    }

    @Override
    public void postWindowCreate() {
        IWorkbenchWindow window = getWindowConfigurer().getWindow();
        placeOnFirstStart(window.getService(MWindow.class), window.getShell());
    }

    @Override
    public void postWindowOpen() {
        StartupFigures.windowOpened(getWindowConfigurer().getWindow());
    }

    /** Maximises a window that no earlier run has placed; leaves one restored from the saved layout as it was. */
    static void placeOnFirstStart(MWindow model, Shell shell) {
        if (model == null || model.getTags().contains(PLACED_TAG)) {
            return;
        }
        model.getTags().add(PLACED_TAG);
        shell.setMaximized(true);
    }

    /**
     * Shows the welcome once, on the first start, in standby: beside the Storage Explorer it describes, rather than
     * covering the window as the platform's default would.
     */
    @Override
    public void openIntro() {
        IPreferenceStore workbenchPreferences = PlatformUI.getPreferenceStore();
        IIntroManager intros = getWindowConfigurer().getWorkbenchConfigurer().getWorkbench().getIntroManager();
        if (!intros.hasIntro() || !workbenchPreferences.getBoolean(IWorkbenchPreferenceConstants.SHOW_INTRO)) {
            return;
        }
        workbenchPreferences.setValue(IWorkbenchPreferenceConstants.SHOW_INTRO, false);
        intros.showIntro(getWindowConfigurer().getWindow(), true);
    }
}
