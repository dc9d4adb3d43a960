package io.arrowhead.app.internal;

import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import io.arrowhead.ui.internal.hosts.UiHostKeyCallback;
import io.arrowhead.ui.internal.wizards.UiTrustCallback;

/**
 * Opens the console perspective and remembers the layout between runs. Once the window is up it lets the UI answer
 * certificate and host key questions. {@link ArrowheadApplication} starts the demo before the workbench, and closes
 * the core and the demo once the window is gone.
 */
final class ArrowheadWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(true);
    }

    @Override
    public void postStartup() {
        UiTrustCallback.install(PlatformUI.getWorkbench().getDisplay());
        UiHostKeyCallback.install(PlatformUI.getWorkbench().getDisplay());
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
