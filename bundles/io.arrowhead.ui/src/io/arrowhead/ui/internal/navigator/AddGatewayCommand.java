package io.arrowhead.ui.internal.navigator;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.services.IServiceLocator;

/** Runs Add Gateway (the wizard) from a link, as the menus and toolbars do, so that its handler stays the one way in. */
public final class AddGatewayCommand {

    /** The command's id, declared in this bundle's plugin.xml. */
    public static final String ID = "io.arrowhead.ui.commands.addGateway";

    private AddGatewayCommand() {
    }

    /** Opens the wizard over the window of the part or page whose services are given. */
    public static void run(IServiceLocator locator) {
        try {
            locator.getService(IHandlerService.class).executeCommand(ID, null);
        } catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
            ILog.of(AddGatewayCommand.class).error("Add Gateway could not run: " + e.getMessage(), e);
        }
    }
}
