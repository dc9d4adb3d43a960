package io.arrowhead.ui.internal.dnd;

import java.util.Objects;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import io.arrowhead.ui.ArrowheadViews;

/**
 * Shows in the navigator's status line what a drop on the element under the mouse would do, or why it is refused,
 * and clears it when the mouse moves to another element, leaves the tree, or the drop ends. The platform only asks the
 * assistant about elements it may take, so leaving one is noticed by a listener of the tree's drop target.
 */
final class DropFeedback {

    private static final String HOOKED = DropFeedback.class.getName();

    private Object shownFor;

    void show(DropTargetEvent event, Object target, IStatus status) {
        hook(event);
        String message = status.getMessage();
        if (status.getSeverity() == IStatus.ERROR) {
            shownFor = target;
            show(null, message);
        } else if (status.isOK() && message != null && !message.isEmpty()) {
            shownFor = target;
            show(message, null);
        } else {
            clear();
        }
    }

    void clear() {
        if (shownFor != null) {
            shownFor = null;
            show(null, null);
        }
    }

    private void hook(DropTargetEvent event) {
        if (event == null || !(event.widget instanceof DropTarget target) || target.getData(HOOKED) != null) {
            return;
        }
        target.setData(HOOKED, Boolean.TRUE);
        target.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragOver(DropTargetEvent over) {
                // Runs after the navigator's own listener, which has just validated the element under the mouse.
                Object hovered = over.item == null ? null : over.item.getData();
                if (!Objects.equals(hovered, shownFor)) {
                    clear();
                }
            }

            @Override
            public void dragLeave(DropTargetEvent leave) {
                clear();
            }

            @Override
            public void drop(DropTargetEvent drop) {
                clear();
            }
        });
    }

    /** The error message shows over the plain one; each is cleared with null. */
    private static void show(String message, String errorMessage) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        IViewPart navigator = page == null ? null : page.findView(ArrowheadViews.NAVIGATOR);
        if (navigator != null) {
            IStatusLineManager statusLine = navigator.getViewSite().getActionBars().getStatusLineManager();
            statusLine.setErrorMessage(errorMessage);
            statusLine.setMessage(message);
        }
    }
}
