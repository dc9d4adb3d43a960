package io.arrowhead.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.ui.internal.wizards.AddGatewayWizard;
import io.arrowhead.ui.internal.wizards.NavigatorReveal;

/** Opens the Add Gateway wizard and selects the new gateway in the Storage Explorer. */
public final class AddGatewayHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        AddGatewayWizard wizard = new AddGatewayWizard(ArrowheadCore.connections());
        if (new WizardDialog(window.getShell(), wizard).open() == Window.OK && wizard.added() != null) {
            NavigatorReveal.later(window, wizard.added());
        }
        return null;
    }
}
