package io.arrowhead.ui.internal.wizards;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.navigator.CommonNavigator;

import io.arrowhead.ui.ArrowheadViews;

/** Selects an element in the Storage Explorer once a job that made it has ended, if the view is open. */
public final class NavigatorReveal {

    private static final int ATTEMPTS = 5;
    private static final int RETRY_MILLIS = 200;

    private NavigatorReveal() {
    }

    /** May be called from any thread; the selection happens later on the UI thread. */
    public static void later(IWorkbenchWindow window, Object element) {
        Shell shell = window == null ? null : window.getShell();
        if (shell != null && !shell.isDisposed()) {
            shell.getDisplay().asyncExec(() -> attempt(window, shell, element, ATTEMPTS));
        }
    }

    /** The navigator may refresh a little after the reload that made the element; until then, try again. */
    private static void attempt(IWorkbenchWindow window, Shell shell, Object element, int attemptsLeft) {
        if (shell.isDisposed()) {
            return;
        }
        IWorkbenchPage page = window.getActivePage();
        IViewPart view = page == null ? null : page.findView(ArrowheadViews.NAVIGATOR);
        CommonNavigator navigator = Adapters.adapt(view, CommonNavigator.class);
        if (navigator == null || navigator.getCommonViewer().getControl().isDisposed()) {
            return;
        }
        navigator.selectReveal(new StructuredSelection(element));
        boolean selected = navigator.getCommonViewer().getStructuredSelection().toList().contains(element);
        if (!selected && attemptsLeft > 1) {
            shell.getDisplay().timerExec(RETRY_MILLIS, () -> attempt(window, shell, element, attemptsLeft - 1));
        }
    }
}
