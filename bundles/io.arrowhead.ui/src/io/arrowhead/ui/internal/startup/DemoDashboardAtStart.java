package io.arrowhead.ui.internal.startup;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.statushandlers.StatusManager;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.ConnectionEvent;
import io.arrowhead.core.ConnectionListener;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.ui.internal.charts.ChartWarmUp;
import io.arrowhead.ui.internal.dashboard.DashboardEditorInput;
import io.arrowhead.ui.internal.editors.Editors;

/**
 * Opens the demo gateway's dashboard once it joins the console at start, so that a console started on the demo opens
 * on live charts rather than an empty editor area. Without the demo ({@code --no-demo}) nothing opens. Only the
 * first demo gateway of a session: a reset of the demo cluster leaves the editor area as the user arranged it.
 */
public final class DemoDashboardAtStart implements IStartup, ConnectionListener {

    private final AtomicBoolean opened = new AtomicBoolean();

    @Override
    public void earlyStartup() {
        // off the UI thread, so that the dashboard's first paint does not load the chart classes and fonts
        ChartWarmUp.ensure();
        ArrowheadCore.connections().addListener(this);
        ArrowheadCore.connections().all().stream().filter(GatewayConnection::isDemo).findFirst()
            .ifPresent(this::open);
    }

    @Override
    public void connectionChanged(ConnectionEvent event) {
        if (event.kind() == ConnectionEvent.Kind.ADDED && event.connection().isDemo()) {
            open(event.connection());
        }
    }

    private void open(GatewayConnection demo) {
        if (!opened.compareAndSet(false, true)) {
            return;
        }
        ArrowheadCore.connections().removeListener(this);
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.asyncExec(() -> {
            IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
                window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
            }
            IWorkbenchPage page = window == null ? null : window.getActivePage();
            if (page == null || !ArrowheadCore.connections().all().contains(demo)) {
                return;
            }
            try {
                // not activated: the keyboard stays where the user is, in the Storage Explorer
                page.openEditor(new DashboardEditorInput(demo), Editors.DASHBOARD_ID, false);
            } catch (PartInitException e) {
                StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG);
            }
        });
    }
}
