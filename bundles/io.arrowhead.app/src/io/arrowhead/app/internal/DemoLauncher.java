package io.arrowhead.app.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IStartup;

/**
 * Starts the demo contributed to the {@value #EXTENSION_POINT} extension point when the console starts, unless
 * {@value #NO_DEMO} or {@code -D}{@value #NO_DEMO_PROPERTY}{@code =true} is given: then the demo's classes are never
 * loaded. The contributions start in a system job, so that loading the demo's classes and starting its simulator
 * keep off the thread that builds the window. Each contribution is an {@link IStartup}; one that is also
 * {@link AutoCloseable} is closed on the way out, before the core shuts down.
 */
final class DemoLauncher implements AutoCloseable {

    static final String EXTENSION_POINT = "io.arrowhead.app.demo";
    static final String NO_DEMO = "--no-demo";
    static final String NO_DEMO_PROPERTY = "arrowhead.noDemo";

    private final List<AutoCloseable> started = new ArrayList<>();
    private Job starting;

    private DemoLauncher() {
    }

    /** Starts the demo in the background if it is wanted; the launcher closes what it started. */
    static DemoLauncher start(List<String> applicationArgs) {
        DemoLauncher launcher = new DemoLauncher();
        if (applicationArgs.contains(NO_DEMO) || Boolean.getBoolean(NO_DEMO_PROPERTY)) {
            return launcher;
        }
        launcher.starting = Job.createSystem("Starting the demo", monitor -> {
            launcher.startContributions();
            return Status.OK_STATUS;
        });
        launcher.starting.schedule();
        return launcher;
    }

    private void startContributions() {
        for (IConfigurationElement element : Platform.getExtensionRegistry()
            .getConfigurationElementsFor(EXTENSION_POINT)) {
            try {
                if (element.createExecutableExtension("class") instanceof IStartup startup) {
                    startup.earlyStartup();
                    if (startup instanceof AutoCloseable closeable) {
                        synchronized (started) {
                            started.add(closeable);
                        }
                    }
                } else {
                    ILog.of(DemoLauncher.class).error("The demo startup of " + element.getContributor().getName()
                        + " is not an IStartup, so the console starts without it.");
                }
            } catch (CoreException | RuntimeException e) {
                ILog.of(DemoLauncher.class).error("The demo of " + element.getContributor().getName()
                    + " could not start: " + e.getMessage(), e);
            }
        }
    }

    /** Waits for a start still running, then closes what it started. */
    @Override
    public void close() {
        if (starting != null) {
            try {
                starting.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        List<AutoCloseable> toClose;
        synchronized (started) {
            toClose = List.copyOf(started);
            started.clear();
        }
        for (AutoCloseable closeable : toClose) {
            try {
                closeable.close();
            } catch (Exception e) {
                ILog.of(DemoLauncher.class).error("The demo could not stop cleanly: " + e.getMessage(), e);
            }
        }
    }
}
