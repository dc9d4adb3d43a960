package io.arrowhead.ui.internal.handlers;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.ClusterOperations;
import io.arrowhead.core.ConsolePreferences;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.GatewayJob;
import io.arrowhead.core.VolumeFamily;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.ui.internal.wizards.DeleteVolumesDialog;
import io.arrowhead.ui.internal.wizards.DeleteVolumesDialog.Choice;
import io.arrowhead.ui.model.VolumeNode;

/**
 * Delete on volumes and snapshots in the navigator. Asks through the {@link DeleteVolumesDialog}, then deletes in
 * one job. Snapshots that must be unmapped before their tree can go are unmapped in a job that runs first.
 */
public final class DeleteVolumesHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        List<VolumeNode> nodes = Selections.volumeNodes(HandlerUtil.getCurrentStructuredSelection(event));
        if (nodes.isEmpty()) {
            return null;
        }
        List<GatewayConnection> gateways = nodes.stream().map(VolumeNode::connection).distinct().toList();
        if (gateways.size() > 1) {
            MessageDialog.openInformation(shell, DeleteVolumesDialog.TITLE,
                Messages.DeleteVolumesHandler_differentGateways);
            return null;
        }
        GatewayConnection connection = gateways.getFirst();
        ClusterModel model = connection.model();
        List<Volume> volumes = nodes.stream().map(VolumeNode::volume).flatMap(Optional::stream).toList();
        if (model == null || volumes.size() != nodes.size()) {
            MessageDialog.openInformation(shell, DeleteVolumesDialog.TITLE,
                Messages.DeleteVolumesHandler_gone);
            return null;
        }
        DeleteVolumesDialog.ask(shell, model, volumes, ConsolePreferences.confirmDelete())
            .ifPresent(choice -> delete(connection, model, volumes, choice));
        return null;
    }

    private static void delete(GatewayConnection connection, ClusterModel model, List<Volume> volumes,
        Choice choice) {
        List<Volume> ordered = VolumeFamily.deletionOrder(model, volumes, choice.mode());
        GatewayJob deletion = ClusterOperations.deleteVolumes(connection, ordered, choice.mode(),
            choice.unmapFirst());
        List<Volume> toUnmap = VolumeFamily.unmapBeforeDeleting(model, volumes, ordered, choice.mode());
        if (toUnmap.isEmpty()) {
            deletion.schedule();
            return;
        }
        GatewayJob unmapping = ClusterOperations.unmapVolumes(connection, toUnmap);
        unmapping.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (event.getResult().isOK()) {
                    deletion.schedule();
                }
            }
        });
        unmapping.schedule();
    }
}
