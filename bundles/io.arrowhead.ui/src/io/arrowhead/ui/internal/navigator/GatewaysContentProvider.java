package io.arrowhead.ui.internal.navigator;

import org.eclipse.jface.viewers.ITreeContentProvider;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.GatewayConnection;

/** Supplies the Gateways node under the navigator root and the configured gateways under it, in their saved order. */
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
        if (parent instanceof GatewaysNode) {
            return ArrowheadCore.connections().all().toArray();
        }
        return NONE;
    }

    @Override
    public Object getParent(Object element) {
        if (element instanceof GatewaysNode) {
            return NavigatorRoot.INSTANCE;
        }
        return element instanceof GatewayConnection ? NavigatorRoot.INSTANCE.gateways() : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return element instanceof NavigatorRoot
            || element instanceof GatewaysNode && !ArrowheadCore.connections().all().isEmpty();
    }
}
