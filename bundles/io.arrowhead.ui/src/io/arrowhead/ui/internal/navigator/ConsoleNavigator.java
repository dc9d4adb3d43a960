package io.arrowhead.ui.internal.navigator;

import java.util.List;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.DoubleClickEvent;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.navigator.CommonViewer;
import org.eclipse.ui.navigator.IDescriptionProvider;
import org.eclipse.ui.part.PageBook;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.GatewayConnections;
import io.arrowhead.ui.internal.Formats;
import io.arrowhead.ui.internal.editors.Editors;
import io.arrowhead.ui.model.ClusterNode;

/**
 * The console's Common Navigator: gateways and their clusters, with a filter field above the tree. An RCP workbench
 * page has no workspace input, so the navigator supplies its own root. The tree follows the gateways through
 * {@link NavigatorRefresher}; the filter is applied by the content provider, see {@link NavigatorFilter}. With no
 * gateway, an {@link EmptyGatewaysHint} takes the place of filter and tree.
 */
public final class ConsoleNavigator extends CommonNavigator implements ITabbedPropertySheetPageContributor {

    /** The tabbed properties contributor id; the properties view's tabs are registered under it. */
    public static final String CONTRIBUTOR_ID = "io.arrowhead.ui.navigator";

    /** Active while the navigator is, so that its key bindings (Ctrl+N for a new volume) apply only here. */
    public static final String CONTEXT_ID = "io.arrowhead.ui.context.navigator";

    /** How many matches the filter opens the tree for; beyond that the user narrows the filter or opens ranges. */
    static final int EXPAND_LIMIT = 200;

    private final NavigatorRefresher refresher = new NavigatorRefresher(this::gatewaysChanged);
    private FilterBox filterBox;
    private EmptyGatewaysHint emptyHint;
    private NavigatorChildren children;
    private TreePath[] expandedBeforeFilter;
    private IDescriptionProvider descriptions;

    @Override
    protected Object getInitialInput() {
        return NavigatorRoot.INSTANCE;
    }

    @Override
    public void createPartControl(Composite parent) {
        PageBook pages = new PageBook(parent, SWT.NONE);
        Composite body = new Composite(pages, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(body);
        filterBox = new FilterBox(body, this::applyFilter, () -> getCommonViewer().getControl().setFocus());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filterBox.control());
        // Listen before the tree reads the gateways, so that no change falls between the two.
        GatewayConnections connections = ArrowheadCore.connections();
        connections.addListener(refresher);
        super.createPartControl(body);
        CommonViewer viewer = getCommonViewer();
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        DragImage.install(viewer.getTree());
        children = NavigatorState.children(
            getNavigatorContentService().findStateModel(NavigatorState.CLUSTER_CONTENT));
        refresher.attach(viewer, connections.all());
        viewer.expandToLevel(NavigatorRoot.INSTANCE.gateways(), 1);
        getSite().getService(IContextService.class).activateContext(CONTEXT_ID);
        NavigatorCommands.hookFilter(getSite(), filterBox.text());
        emptyHint = new EmptyGatewaysHint(pages, body, getSite());
        emptyHint.update(connections.all().isEmpty());
    }

    @Override
    public void setFocus() {
        if (emptyHint == null || !emptyHint.takeFocus()) {
            super.setFocus();
        }
    }

    @Override
    protected void handleDoubleClick(DoubleClickEvent event) {
        IStructuredSelection selection = (IStructuredSelection) event.getSelection();
        Object element = selection.getFirstElement();
        if (Editors.opensOnDoubleClick(element)) {
            NavigatorCommands.openEditor(getSite(), selection);
        } else {
            super.handleDoubleClick(event);
        }
    }

    @Override
    public String getContributorId() {
        return CONTRIBUTOR_ID;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            return adapter.cast(new TabbedPropertySheetPage(this));
        }
        return super.getAdapter(adapter);
    }

    /** The filter of this navigator's tree, for tests and for handlers that need to know what is shown. */
    public NavigatorFilter filter() {
        return children.filter();
    }

    /** Filters the tree at once, as typing into the filter field and pressing Enter would; for tests and tools. */
    public void setFilterText(String text) {
        filterBox.setTextNow(text);
    }

    @Override
    public void dispose() {
        ArrowheadCore.connections().removeListener(refresher);
        super.dispose();
    }

    private void applyFilter(String text) {
        NavigatorFilter filter = children.filter();
        boolean wasActive = filter.isActive();
        CommonViewer viewer = getCommonViewer();
        TreePath[] expanded = viewer.getExpandedTreePaths();
        if (!filter.setText(text)) {
            return;
        }
        if (!wasActive) {
            expandedBeforeFilter = expanded;
        }
        IStructuredSelection selection = viewer.getStructuredSelection();
        Control tree = viewer.getControl();
        tree.setRedraw(false);
        try {
            // Collapsed first, the refresh only rebuilds the top of the tree; expanding then reads just what shows.
            viewer.collapseAll();
            viewer.refresh();
            if (filter.isActive()) {
                viewer.setExpandedTreePaths(matchPaths());
            } else {
                // Back to the tree as it was, plus whatever the user picked among the matches.
                viewer.setExpandedTreePaths(expandedBeforeFilter != null ? expandedBeforeFilter : new TreePath[0]);
                expandedBeforeFilter = null;
                viewer.setSelection(selection, true);
            }
        } finally {
            tree.setRedraw(true);
        }
        updateFilterStatus();
    }

    private TreePath[] matchPaths() {
        List<List<Object>> paths = MatchExpansion.paths(children, ArrowheadCore.connections().all(), EXPAND_LIMIT);
        return paths.stream().map(path -> new TreePath(path.toArray())).toArray(TreePath[]::new);
    }

    private void gatewaysChanged(Set<GatewayConnection> changed) {
        emptyHint.update(ArrowheadCore.connections().all().isEmpty());
        updateFilterStatus();
        updateStatusLine(changed);
    }

    /**
     * The status line describes the selection when it changes; when a selected gateway changes under it, such as a
     * refresh starting or failing, it must follow, or it would contradict the tree.
     */
    private void updateStatusLine(Set<GatewayConnection> changed) {
        IStructuredSelection selection = getCommonViewer().getStructuredSelection();
        Object first = selection.getFirstElement();
        GatewayConnection shown = first instanceof GatewayConnection connection ? connection
            : first instanceof ClusterNode node ? node.connection() : null;
        if (shown == null || !changed.contains(shown)) {
            return;
        }
        if (descriptions == null) {
            descriptions = getNavigatorContentService().createCommonDescriptionProvider();
        }
        Image image = getCommonViewer().getLabelProvider() instanceof ILabelProvider labels ? labels.getImage(first)
            : null;
        getViewSite().getActionBars().getStatusLineManager().setMessage(image, descriptions.getDescription(selection));
    }

    private void updateFilterStatus() {
        if (filterBox == null || filterBox.control().isDisposed()) {
            return;
        }
        if (!children.filter().isActive()) {
            filterBox.setStatus(null);
            return;
        }
        int matches = 0;
        for (GatewayConnection connection : ArrowheadCore.connections().all()) {
            ClusterView view = children.view(connection);
            matches += view == null ? 0 : view.matchCount();
        }
        filterBox.setStatus(matches == 0 ? Messages.Filter_noMatches : Formats.count(matches, Messages.Word_match,
            Messages.Word_matches));
    }
}
