package io.arrowhead.ui.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.handlers.HandlerUtil;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.GatewayConnections;
import io.arrowhead.core.SecretStoreException;

/**
 * Removes the selected gateways from the console after confirmation. Removing logs out of the gateway, so it runs
 * in a job. The clusters themselves are not touched.
 */
public final class RemoveGatewayHandler extends AbstractHandler {

    public static final String TITLE = Messages.RemoveGatewayHandler_title;

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        List<GatewayConnection> gateways = Selections.gatewayNodes(HandlerUtil.getCurrentStructuredSelection(event))
            .stream().filter(c -> !c.isDemo()).toList();
        if (gateways.isEmpty()) {
            return null;
        }
        String what = gateways.size() == 1 ? NLS.bind(Messages.RemoveGatewayHandler_one, gateways.getFirst().name())
            : NLS.bind(Messages.RemoveGatewayHandler_several, gateways.size(), String.join(", ", gateways.stream()
                .map(GatewayConnection::name).toList()));
        String message = NLS.bind(Messages.RemoveGatewayHandler_question, what);
        MessageDialog dialog = new MessageDialog(HandlerUtil.getActiveShellChecked(event), TITLE, null, message,
            MessageDialog.QUESTION, 1, Messages.RemoveGatewayHandler_remove, IDialogConstants.CANCEL_LABEL);
        if (dialog.open() != 0) {
            return null;
        }
        GatewayConnections connections = ArrowheadCore.connections();
        for (GatewayConnection gateway : gateways) {
            ConsoleJobs.schedule(NLS.bind(Messages.RemoveGatewayHandler_job, gateway.name()), gateway.rule(),
                monitor -> {
                try {
                    connections.remove(gateway);
                } catch (SecretStoreException e) {
                    throw new CoreException(Status.error(NLS.bind(Messages.RemoveGatewayHandler_passwordKept,
                        gateway.name(), e.getMessage()), e));
                }
            });
        }
        return null;
    }
}
