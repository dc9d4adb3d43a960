package io.arrowhead.ui.internal.editors;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens an editor for each selected volume or SDC (command {@code io.arrowhead.ui.commands.openEditor}). */
public final class OpenEditorHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        if (page == null) {
            return null;
        }
        for (Object element : HandlerUtil.getCurrentStructuredSelection(event)) {
            Editors.open(page, element);
        }
        return null;
    }
}
