package io.arrowhead.ui.internal.navigator;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.expressions.EvaluationContext;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.statushandlers.StatusManager;
import org.eclipse.ui.swt.IFocusService;

/** The navigator's use of commands that other parts of the console define and handle. */
final class NavigatorCommands {

    /** Opens the editor of the selected volume or SDC; defined and handled by the editors' handlers. */
    static final String OPEN_EDITOR = "io.arrowhead.ui.commands.openEditor";

    /** The filter field's id for the focus service while it has the focus. */
    static final String FILTER_FOCUS_ID = "io.arrowhead.ui.navigator.filter";

    private static final String FIND = "org.eclipse.ui.edit.findReplace";

    private NavigatorCommands() {
    }

    /**
     * Runs Open on exactly the double-clicked selection, rather than whatever the workbench's selection variable
     * holds at that moment.
     */
    static void openEditor(IWorkbenchPartSite site, IStructuredSelection selection) {
        IHandlerService handlers = site.getService(IHandlerService.class);
        Command command = site.getService(ICommandService.class).getCommand(OPEN_EDITOR);
        IEvaluationContext context = new EvaluationContext(handlers.createContextSnapshot(false), selection);
        context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, selection);
        try {
            handlers.executeCommandInContext(new ParameterizedCommand(command, null), null, context);
        } catch (NotEnabledException e) {
            // The handler declined this selection, e.g. a volume that a reload has just removed.
        } catch (NotDefinedException | NotHandledException e) {
            ILog.of(NavigatorCommands.class).warn("No handler opens editors from the navigator: " + e.getMessage());
        } catch (ExecutionException e) {
            StatusManager.getManager().handle(Status.error(NLS.bind(Messages.Navigator_openFailed, e.getMessage()), e),
                StatusManager.LOG | StatusManager.SHOW);
        }
    }

    /**
     * Makes Find (Ctrl+F) in the navigator jump to its filter field, and names the field in the workbench's
     * {@code activeFocusControlId} variable ({@value #FILTER_FOCUS_ID}) so that handlers of keys that also edit text,
     * such as Delete, can stand back while the user types there.
     */
    static void hookFilter(IWorkbenchPartSite site, Text filter) {
        site.getService(IFocusService.class).addFocusTracker(filter, FILTER_FOCUS_ID);
        site.getService(IHandlerService.class).activateHandler(FIND, new AbstractHandler() {
            @Override
            public Object execute(ExecutionEvent event) {
                if (!filter.isDisposed()) {
                    filter.setFocus();
                    filter.selectAll();
                }
                return null;
            }
        });
    }
}
