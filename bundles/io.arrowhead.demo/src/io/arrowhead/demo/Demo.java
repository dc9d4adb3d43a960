package io.arrowhead.demo;

import org.eclipse.core.runtime.jobs.Job;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.demo.internal.DemoProfiles;

/**
 * The console's own demo: one {@link DemoCluster} in the default data directory whose emulated hosts join the
 * console's Docker hosts, and the demo's storage profiles when there are none. Created on first use, so a console
 * started without the demo never loads it.
 */
public final class Demo {

    private static DemoCluster cluster;

    private Demo() {
    }

    public static synchronized DemoCluster cluster() {
        if (cluster == null) {
            cluster = new DemoCluster(DemoCluster.defaultDataDirectory(), ArrowheadCore.hosts());
        }
        return cluster;
    }

    /** Opens the console's demo in a {@link DemoJob}, after throwing its saved state away if {@code reset}. */
    public static Job open(boolean reset) {
        DemoProfiles.addIfNone(ArrowheadCore.storageProfiles());
        return DemoJob.schedule(cluster(), ArrowheadCore.connections(), reset);
    }

    /**
     * Stops the demo, if it was ever used, before the core shuts down: cancels a start or reset that has not run,
     * removes the Demo gateway and its hosts and stops the simulator, which saves the cluster.
     */
    public static synchronized void close() {
        if (cluster == null) {
            return;
        }
        Job.getJobManager().cancel(DemoJob.FAMILY);
        cluster.close(ArrowheadCore.connections());
    }
}
