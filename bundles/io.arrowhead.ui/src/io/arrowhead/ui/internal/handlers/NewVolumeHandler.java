package io.arrowhead.ui.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.ui.internal.wizards.NewVolumeTarget;
import io.arrowhead.ui.internal.wizards.NewVolumeWizard;

/** Opens the New Volume wizard, aimed at the pool or gateway of the selection. */
public final class NewVolumeHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        List<GatewayConnection> gateways = ArrowheadCore.connections().all().stream()
            .filter(c -> c.isConnected() && c.model() != null).toList();
        if (gateways.isEmpty()) {
            MessageDialog.openInformation(window.getShell(), NewVolumeWizard.TITLE,
                Messages.NewVolumeHandler_noGateway);
            return null;
        }
        Object first = HandlerUtil.getCurrentStructuredSelection(event).getFirstElement();
        NewVolumeWizard wizard = new NewVolumeWizard(gateways, NewVolumeTarget.of(first), window);
        new WizardDialog(window.getShell(), wizard).open();
        return null;
    }
}
