package io.arrowhead.ui.internal.attach;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.progress.IProgressConstants;

import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.hosts.AttachOptions;
import io.arrowhead.core.hosts.HostOperationJob;
import io.arrowhead.core.hosts.HostOperations;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.scaleio.client.model.Volume;

/**
 * Attaches several volumes to one host one after the other: each its own job under its rules, the next scheduled when
 * the one before has ended, whatever its outcome. Failures do not prompt one by one; at the end one summary names
 * each volume that failed and why, in the Error Log and the status line.
 */
final class AttachSequence {

    private record Item(Volume volume, AttachOptions options) {
    }

    private final GatewayConnection connection;
    private final ManagedHost host;
    private final List<Item> items = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final List<IStatus> statuses = new ArrayList<>();
    private int next;

    AttachSequence(GatewayConnection connection, ManagedHost host, List<Volume> volumes, List<AttachOptions> options) {
        this.connection = connection;
        this.host = host;
        for (int i = 0; i < volumes.size(); i++) {
            items.add(new Item(volumes.get(i), options.get(i)));
        }
    }

    /** Schedules the first attach; returns at once. */
    void start() {
        scheduleNext();
    }

    private synchronized void scheduleNext() {
        if (next >= items.size()) {
            finish();
            return;
        }
        Item item = items.get(next++);
        HostOperationJob job = HostOperations.attach(connection, item.volume().id(), host, item.options());
        if (items.size() > 1) {
            // One summary at the end instead of a prompt per failed volume.
            job.setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
        }
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                ended(item, event.getResult());
                scheduleNext();
            }
        });
        job.schedule();
    }

    private synchronized void ended(Item item, IStatus result) {
        if (result != null && result.getSeverity() == IStatus.ERROR) {
            failures.add(item.volume().name() + " (" + result.getMessage() + ")");
            statuses.add(result);
        }
    }

    private void finish() {
        if (items.size() < 2) {
            return;
        }
        if (failures.isEmpty()) {
            StatusLine.show(NLS.bind(Messages.Attach_allDone, items.size(), host.name()), false);
            return;
        }
        String summary = NLS.bind(Messages.Attach_failedSummary,
            new Object[] { failures.size(), items.size(), host.name(), String.join("; ", failures) });
        MultiStatus logged = new MultiStatus(AttachSequence.class, 0, statuses.toArray(IStatus[]::new), summary,
            null);
        ILog.of(AttachSequence.class).log(logged);
        StatusLine.show(summary, true);
    }
}
