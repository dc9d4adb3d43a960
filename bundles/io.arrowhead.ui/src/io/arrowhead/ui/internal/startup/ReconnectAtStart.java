package io.arrowhead.ui.internal.startup;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobManager;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.progress.IProgressConstants;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.ConnectionState;
import io.arrowhead.core.ConsolePreferences;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.GatewayConnections;

/**
 * Connects the gateways saved by the last run when the console starts, unless {@link ConsolePreferences} says not
 * to. Runs as the workbench's early startup, once the window is up, and schedules one background job, which starts a
 * connect job per gateway; those run in parallel under their gateways' rules. A failure shows on the gateway's node
 * and in the Progress view, never in a dialog. Disconnect cancels a pending connect, and so does closing the console.
 */
public final class ReconnectAtStart implements IStartup {

    @Override
    public void earlyStartup() {
        start(ArrowheadCore.connections());
    }

    /** Schedules the reconnect job if the preference is on; returns it, or null when the preference is off. */
    public static Job start(GatewayConnections connections) {
        if (!ConsolePreferences.reconnectAtStart()) {
            return null;
        }
        Job job = new Job(Messages.ReconnectAtStart_job) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                return reconnect(connections, monitor);
            }

            @Override
            public boolean belongsTo(Object family) {
                // Closing the console cancels each gateway's jobs, this one among them.
                return family instanceof GatewayConnection gateway && connections.restored().contains(gateway);
            }
        };
        job.setSystem(true);
        job.schedule();
        return job;
    }

    private static IStatus reconnect(GatewayConnections connections, IProgressMonitor monitor) {
        List<GatewayConnection> gateways = connections.restored().stream()
            .filter(g -> !g.isDemo() && g.state() == ConnectionState.DISCONNECTED && connections.all().contains(g))
            .toList();
        if (gateways.isEmpty()) {
            return Status.OK_STATUS;
        }
        // The connect jobs cannot start before their property is set while this thread holds their rules, so even a
        // gateway that fails at once reports on its node rather than in an error dialog.
        ISchedulingRule rules = MultiRule.combine(gateways.stream().map(GatewayConnection::rule)
            .toArray(ISchedulingRule[]::new));
        IJobManager jobs = Job.getJobManager();
        try {
            jobs.beginRule(rules, monitor);
            for (GatewayConnection gateway : gateways) {
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                Job connect = connections.connect(gateway);
                connect.setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
            }
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } finally {
            jobs.endRule(rules);
        }
    }
}
