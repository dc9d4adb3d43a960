package io.arrowhead.demo;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import io.arrowhead.core.GatewayConnections;
import io.arrowhead.core.GatewayJob;
import io.arrowhead.demo.internal.Messages;

/**
 * Starts or resets a demo in the background under its {@link DemoCluster#rule()}, since the simulator binds a port
 * and reads its state from disk. It joins the family of gateway jobs, so that whoever waits for the console's jobs
 * waits for the demo too.
 */
public final class DemoJob extends Job {

    /** The family of every demo job, to cancel them when the demo closes. */
    public static final Object FAMILY = new Object();

    private final DemoCluster demo;
    private final GatewayConnections connections;
    private final boolean reset;

    private DemoJob(DemoCluster demo, GatewayConnections connections, boolean reset) {
        super(reset ? Messages.DemoJob_resetting : Messages.DemoJob_starting);
        this.demo = demo;
        this.connections = connections;
        this.reset = reset;
        setRule(demo.rule());
        setPriority(Job.SHORT);
    }

    /** Opens {@code demo} in {@code connections}, after throwing its saved state away if {@code reset}. */
    public static Job schedule(DemoCluster demo, GatewayConnections connections, boolean reset) {
        Job job = new DemoJob(demo, connections, reset);
        job.schedule();
        return job;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            if (reset) {
                demo.reset(connections);
            } else {
                demo.open(connections);
            }
            return Status.OK_STATUS;
        } catch (IOException | RuntimeException e) {
            return Status.error(NLS.bind(reset ? Messages.DemoJob_resetFailed : Messages.DemoJob_startFailed,
                demo.dataDirectory(), e.getMessage()), e);
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY || family == GatewayJob.FAMILY;
    }
}
