package io.arrowhead.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Properties on a navigator element: shows the Properties view, which follows the navigator's selection. */
public final class ShowPropertiesHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        if (page != null) {
            try {
                page.showView(IPageLayout.ID_PROP_SHEET);
            } catch (PartInitException e) {
                throw new ExecutionException(Messages.ShowPropertiesHandler_failed, e);
            }
        }
        return null;
    }
}
