package io.arrowhead.ui.internal.navigator;

import org.eclipse.jface.viewers.ITreeContentProvider;

/** Supplies the Gateways node under the navigator root. Gateway connections hang below it. */
public final class GatewaysContentProvider implements ITreeContentProvider {

    private static final Object[] NONE = new Object[0];

    @Override
    public Object[] getElements(Object input) {
        return getChildren(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (parent instanceof NavigatorRoot root) {
            return new Object[] {root.gateways()};
        }
        return NONE;
    }

    @Override
    public Object getParent(Object element) {
        return element instanceof GatewaysNode ? NavigatorRoot.INSTANCE : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return element instanceof NavigatorRoot;
    }
}
