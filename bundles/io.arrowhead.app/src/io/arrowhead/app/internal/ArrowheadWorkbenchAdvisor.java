package io.arrowhead.app.internal;

import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import io.arrowhead.ui.internal.hosts.UiHostKeyCallback;
import io.arrowhead.ui.internal.secrets.MasterPasswordDialogPrompt;
import io.arrowhead.ui.internal.wizards.UiTrustCallback;

/**
 * Opens the console perspective and remembers the layout between runs. Before the window opens, so before anything
 * can read a secret, it lets secure storage ask for its master password in a dialog; once the window is up it lets
 * the UI answer certificate and host key questions and starts the demo contributed to it. {@link ArrowheadApplication}
 * closes the core and the demo once the window is gone.
 */
final class ArrowheadWorkbenchAdvisor extends WorkbenchAdvisor {

    private DemoLauncher demo;

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(true);
    }

    @Override
    public void preStartup() {
        MasterPasswordDialogPrompt.install();
    }

    @Override
    public void postStartup() {
        UiTrustCallback.install(PlatformUI.getWorkbench().getDisplay());
        UiHostKeyCallback.install(PlatformUI.getWorkbench().getDisplay());
        // After the window, in a job: started beside the window's creation, the demo delayed the window by two
        // seconds on two cores and showed its tree no sooner (docs/benchmarks.md, "Start").
        demo = DemoLauncher.start(List.of(Platform.getApplicationArgs()));
    }

    @Override
    public void postShutdown() {
        MasterPasswordDialogPrompt.uninstall();
    }

    /** Stops the demo, if one was started; the application calls it once the gateways are logged out. */
    void closeDemo() {
        if (demo != null) {
            demo.close();
        }
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return ConsolePerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new ArrowheadWindowAdvisor(configurer);
    }
}
