package io.arrowhead.ui.internal.wizards;

import java.util.List;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IWorkbenchWindow;

import io.arrowhead.core.ClusterOperations;
import io.arrowhead.core.ClusterOperations.CreateVolumeJob;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.VolumeRules;
import io.arrowhead.scaleio.client.VolumeRequest;
import io.arrowhead.ui.model.VolumeNode;

/**
 * Creates a volume. Finish only schedules the creation job and closes; a failure reaches the user as the job's
 * error, and a success selects the new volume in the Storage Explorer.
 */
public final class NewVolumeWizard extends Wizard {

    public static final String TITLE = Messages.NewVolumeWizard_title;

    private final List<GatewayConnection> gateways;
    private final NewVolumeTarget target;
    private final IWorkbenchWindow window;
    private NewVolumePage page;

    /**
     * @param gateways the connected gateways to choose from, at least one
     * @param window where to reveal the new volume, or {@code null}
     */
    public NewVolumeWizard(List<GatewayConnection> gateways, NewVolumeTarget target, IWorkbenchWindow window) {
        if (gateways.isEmpty()) {
            throw new IllegalArgumentException(Messages.NewVolumeWizard_noGateway);
        }
        this.gateways = gateways;
        this.target = target;
        this.window = window;
        setWindowTitle(TITLE);
    }

    @Override
    public void addPages() {
        page = new NewVolumePage(gateways, target);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        GatewayConnection connection = page.connection();
        VolumeRequest request;
        try {
            long gib = VolumeRules.parseSizeGib(page.sizeText());
            request = VolumeRequest.ofGib(page.poolId(), page.volumeName(), gib, page.volumeType());
        } catch (IllegalArgumentException e) {
            page.setErrorMessage(e.getMessage());
            return false;
        }
        CreateVolumeJob job = ClusterOperations.createVolume(connection, request);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                String id = job.createdVolumeId();
                if (event.getResult().isOK() && id != null) {
                    NavigatorReveal.later(window, new VolumeNode(connection, id));
                }
            }
        });
        job.schedule();
        return true;
    }
}
