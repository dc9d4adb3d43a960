package io.arrowhead.app.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

import io.arrowhead.core.ArrowheadCore;

/** Starts the Arrowhead workbench, one instance per workspace, and maps its exit code to the application's. */
public final class ArrowheadApplication implements IApplication {

    static final String ALREADY_RUNNING_TITLE = "Arrowhead Is Already Running";

    @Override
    public Object start(IApplicationContext context) throws IOException {
        Display display = PlatformUI.createDisplay();
        Location workspace = Platform.getInstanceLocation();
        boolean locked = false;
        ArrowheadWorkbenchAdvisor advisor = new ArrowheadWorkbenchAdvisor();
        try {
            // Two consoles on one workspace would overwrite each other's layout and connection settings.
            // getURL() first: it applies the lazy default (@user.home/.arrowhead/workspace) before locking.
            locked = workspace == null || workspace.getURL() == null || workspace.lock();
            if (!locked) {
                context.applicationRunning();
                MessageDialog.openError(null, ALREADY_RUNNING_TITLE, "Another Arrowhead window is using the workspace "
                    + Path.of(workspace.getURL().getPath()) + ". Switch to that window, or close it and start Arrowhead again.");
                return IApplication.EXIT_OK;
            }
            int code = PlatformUI.createAndRunWorkbench(display, advisor);
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            if (locked) {
                // Once the window is gone, not in the workbench's postShutdown: telling the gateways takes up to
                // two seconds, which a window frozen on the screen would make look like a hang. The closed
                // window only leaves the screen once the display has sent what is pending.
                while (!display.isDisposed() && display.readAndDispatch()) {
                    // drain
                }
                ArrowheadCore.shutdown(advisor::closeDemo);
            }
            if (locked && workspace != null) {
                workspace.release();
            }
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
