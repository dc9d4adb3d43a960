package io.arrowhead.app.internal;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.DemoCluster;

/**
 * Opens the embedded demo cluster when the console starts, unless {@value #NO_DEMO} is given; with
 * {@value #RESET_DEMO} it first throws the demo's saved state away. Runs as a job because the simulator binds a port
 * and reads its state from disk.
 */
final class DemoStartup {

    static final String NO_DEMO = "--no-demo";
    static final String RESET_DEMO = "--reset-demo";

    private DemoStartup() {
    }

    static Job schedule() {
        List<String> args = List.of(Platform.getApplicationArgs());
        if (args.contains(NO_DEMO) || Boolean.getBoolean("arrowhead.noDemo")) {
            return null;
        }
        boolean reset = args.contains(RESET_DEMO);
        Job job = Job.create(reset ? "Resetting the demo cluster" : "Starting the demo cluster", monitor -> {
            DemoCluster demo = ArrowheadCore.demo();
            try {
                if (reset) {
                    demo.reset(ArrowheadCore.connections());
                } else {
                    demo.open(ArrowheadCore.connections());
                }
                return Status.OK_STATUS;
            } catch (IOException e) {
                return Status.error("The demo cluster could not start in " + demo.dataDirectory() + ": "
                    + e.getMessage(), e);
            }
        });
        job.setPriority(Job.SHORT);
        job.schedule();
        return job;
    }
}
