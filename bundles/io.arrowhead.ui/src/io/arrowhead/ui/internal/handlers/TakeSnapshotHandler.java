package io.arrowhead.ui.internal.handlers;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.ClusterOperations;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.GatewayJob;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.ui.internal.editors.SnapshotNameDialog;
import io.arrowhead.ui.internal.wizards.NavigatorReveal;
import io.arrowhead.ui.model.VolumeNode;

/** Takes a snapshot of the selected volume under a name the user confirms, then selects the snapshot. */
public final class TakeSnapshotHandler extends AbstractHandler {

    public static final String TITLE = Messages.TakeSnapshotHandler_title;

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        Optional<VolumeNode> node = Selections.volumeNode(
            HandlerUtil.getCurrentStructuredSelection(event).getFirstElement());
        Optional<Volume> volume = node.flatMap(VolumeNode::volume);
        if (volume.isEmpty()) {
            return null;
        }
        GatewayConnection connection = node.get().connection();
        InputDialog dialog = new SnapshotNameDialog(window.getShell(), volume.get().name(), connection.model());
        if (dialog.open() != Window.OK) {
            return null;
        }
        String name = dialog.getValue();
        GatewayJob job = ClusterOperations.takeSnapshot(connection, volume.get().id(), name);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent done) {
                ClusterModel model = connection.model();
                if (done.getResult().isOK() && model != null) {
                    model.volumeByName(name).map(snapshot -> new VolumeNode(connection, snapshot.id()))
                        .ifPresent(snapshot -> NavigatorReveal.later(window, snapshot));
                }
            }
        });
        job.schedule();
        return null;
    }
}
