package io.arrowhead.ui.internal.attach;

import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import io.arrowhead.ui.ArrowheadViews;

/** A message in the Storage Explorer's status line, from any thread; nothing waits for it. */
final class StatusLine {

    private StatusLine() {
    }

    static void show(String message, boolean error) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.asyncExec(() -> {
            IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            IWorkbenchPage page = window == null ? null : window.getActivePage();
            IViewPart navigator = page == null ? null : page.findView(ArrowheadViews.NAVIGATOR);
            if (navigator == null) {
                return;
            }
            IStatusLineManager line = navigator.getViewSite().getActionBars().getStatusLineManager();
            if (error) {
                line.setErrorMessage(message);
            } else {
                line.setErrorMessage(null);
                line.setMessage(message);
            }
        });
    }
}
