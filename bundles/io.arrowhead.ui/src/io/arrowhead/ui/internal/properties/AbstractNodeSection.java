package io.arrowhead.ui.internal.properties;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.tabbed.AbstractPropertySection;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

import io.arrowhead.core.GatewayConnection;
import io.arrowhead.ui.model.ClusterNode;
import io.arrowhead.ui.internal.GatewayWatcher;

/**
 * A property section of one navigator element (a gateway or a cluster node) that follows its gateway: when the
 * gateway's state or model changes while the section is shown, the section refreshes.
 */
public abstract class AbstractNodeSection extends AbstractPropertySection {

    private volatile Object element;
    private TabbedPropertySheetPage sheetPage;
    private Composite body;
    private boolean visible;
    private GatewayWatcher watcher;

    @Override
    public final void createControls(Composite parent, TabbedPropertySheetPage page) {
        super.createControls(parent, page);
        sheetPage = page;
        body = getWidgetFactory().createComposite(parent);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        body.setLayout(layout);
        createContents(body);
        watcher = GatewayWatcher.start(body.getDisplay(), this::connection, () -> {
            if (!body.isDisposed() && visible) {
                gatewayChanged();
            }
        });
    }

    /** Creates the section's widgets in a one-column grid. */
    protected abstract void createContents(Composite parent);

    @Override
    public void setInput(IWorkbenchPart part, ISelection selection) {
        super.setInput(part, selection);
        Object selected = selection instanceof IStructuredSelection structured ? structured.getFirstElement() : null;
        element = NodeTypeMapper.propertiesElement(selected);
    }

    /** The element shown: a {@link GatewayConnection} or a {@link ClusterNode}; never a MappedVolumeNode. */
    protected Object element() {
        return element;
    }

    protected GatewayConnection connection() {
        return connectionOf(element);
    }

    static GatewayConnection connectionOf(Object element) {
        return switch (element) {
            case GatewayConnection connection -> connection;
            case ClusterNode node -> node.connection();
            case null, default -> null;
        };
    }

    protected boolean isVisible() {
        return visible;
    }

    /** Lays the whole sheet out again after the section's content changed size, since its parents keep old sizes. */
    protected void contentResized() {
        sheetPage.resizeScrolledComposite();
        ((Composite) sheetPage.getControl()).layout(true, true);
    }

    @Override
    public void aboutToBeShown() {
        visible = true;
    }

    @Override
    public void aboutToBeHidden() {
        visible = false;
    }

    /** Called on the UI thread when the shown element's gateway changed while the section is visible. */
    protected void gatewayChanged() {
        refresh();
    }

    @Override
    public void dispose() {
        if (watcher != null) {
            watcher.stop();
        }
        super.dispose();
    }
}
