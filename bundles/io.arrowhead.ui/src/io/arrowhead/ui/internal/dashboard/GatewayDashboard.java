package io.arrowhead.ui.internal.dashboard;

import java.util.EnumSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.ConnectionEvent;
import io.arrowhead.core.ConsolePreferences;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.ui.WidgetIds;
import io.arrowhead.ui.internal.GatewayWatcher;
import io.arrowhead.ui.internal.performance.PerformanceFeed;

/**
 * A gateway's dashboard: the system's IOPS, bandwidth, latency and rebuild traffic over time, the capacity of the
 * system and each pool, and the ten busiest volumes, all live from the gateway's statistics poller. It closes when
 * its gateway is removed.
 */
public final class GatewayDashboard extends EditorPart {

    public static final String ID = "io.arrowhead.ui.editors.dashboard";

    private GatewayConnection gateway;
    private PerformanceFeed feed;
    private TopVolumesPanel topVolumes;
    private GatewayWatcher removals;
    private ScrolledComposite scroller;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof DashboardEditorInput dashboardInput)) {
            throw new PartInitException(NLS.bind(Messages.Dashboard_cannotOpen, input.getName()));
        }
        setSite(site);
        setInput(input);
        gateway = dashboardInput.gateway();
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
        removals = GatewayWatcher.startForAny(site.getShell().getDisplay(), EnumSet.of(ConnectionEvent.Kind.REMOVED),
            this::closeIfRemoved);
    }

    @Override
    public void createPartControl(Composite parent) {
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        Composite body = new Composite(scroller, SWT.NONE);
        GridLayout layout = new GridLayout(2, true);
        layout.marginWidth = 10;
        layout.marginHeight = 10;
        layout.horizontalSpacing = 12;
        layout.verticalSpacing = 12;
        body.setLayout(layout);
        scroller.setContent(body);
        WidgetIds.set(body, "dashboard");

        Label heading = new Label(body, SWT.WRAP);
        heading.setText(NLS.bind(Messages.Dashboard_heading, gateway.name(),
            ConsolePreferences.statisticsInterval().toSeconds()));
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));

        feed = new PerformanceFeed(parent.getDisplay(), gateway);
        new SystemCharts(body, feed);
        new CapacityPanel(body, feed);
        topVolumes = new TopVolumesPanel(body, gateway, getSite().getPage());
        body.addListener(SWT.Resize, event -> updateMinimumSize());
        updateMinimumSize();
        feed.start();
        topVolumes.start();
    }

    private void updateMinimumSize() {
        Composite body = (Composite) scroller.getContent();
        scroller.setMinSize(body.computeSize(640, SWT.DEFAULT));
    }

    private void closeIfRemoved() {
        if (!ArrowheadCore.connections().all().contains(gateway)) {
            getSite().getPage().closeEditor(this, false);
        }
    }

    @Override
    public void setFocus() {
        scroller.setFocus();
    }

    @Override
    public void dispose() {
        if (removals != null) {
            removals.stop();
        }
        if (feed != null) {
            feed.close();
        }
        if (topVolumes != null) {
            topVolumes.close();
        }
        super.dispose();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // a dashboard has nothing to save
    }

    @Override
    public void doSaveAs() {
        // a dashboard has nothing to save
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}
