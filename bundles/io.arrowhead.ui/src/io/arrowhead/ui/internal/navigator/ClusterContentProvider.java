package io.arrowhead.ui.internal.navigator;

import org.eclipse.ui.IMemento;
import org.eclipse.ui.navigator.ICommonContentExtensionSite;
import org.eclipse.ui.navigator.ICommonContentProvider;

/** Everything below a gateway: its system, protection domains, pools, volumes, SDSs and SDCs. */
public final class ClusterContentProvider implements ICommonContentProvider {

    private NavigatorChildren children = new NavigatorChildren(new NavigatorFilter());

    @Override
    public void init(ICommonContentExtensionSite site) {
        children = NavigatorState.children(site.getExtensionStateModel());
    }

    @Override
    public Object[] getElements(Object input) {
        return getChildren(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        return children.children(parent).toArray();
    }

    @Override
    public Object getParent(Object element) {
        return children.parent(element);
    }

    @Override
    public boolean hasChildren(Object element) {
        return children.hasChildren(element);
    }

    @Override
    public void restoreState(IMemento memento) {
        // The tree is rebuilt from the gateways' models; there is nothing of its own to restore.
    }

    @Override
    public void saveState(IMemento memento) {
        // See restoreState.
    }
}
