package io.arrowhead.ui.internal.handlers;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ICoreRunnable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;

import io.arrowhead.core.GatewayJob;

/**
 * Background work of the handlers that is not a call through a connected client, such as removing a gateway (which
 * logs out) or resetting the demo. It joins the family of gateway jobs, so that whoever waits for the console's
 * jobs waits for these too.
 */
final class ConsoleJobs {

    private ConsoleJobs() {
    }

    static Job schedule(String name, ISchedulingRule rule, ICoreRunnable work) {
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    work.run(monitor);
                    return Status.OK_STATUS;
                } catch (CoreException e) {
                    return e.getStatus();
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == GatewayJob.FAMILY;
            }
        };
        job.setRule(rule);
        job.schedule();
        return job;
    }
}
