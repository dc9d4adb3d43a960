package io.arrowhead.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.ui.internal.wizards.EditGatewayWizard;

/** Edits the selected saved gateway; the embedded demo has nothing to edit. */
public final class EditGatewayHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        var selected = Selections.gatewayNodes(HandlerUtil.getCurrentStructuredSelection(event));
        if (selected.size() != 1 || selected.getFirst().isDemo()) {
            return null;
        }
        GatewayConnection connection = selected.getFirst();
        new WizardDialog(HandlerUtil.getActiveShellChecked(event),
            new EditGatewayWizard(ArrowheadCore.connections(), connection)).open();
        return null;
    }
}
