package io.arrowhead.ui.internal.navigator;

import java.util.Objects;

import org.eclipse.ui.navigator.IExtensionStateModel;

/**
 * Shares one {@link NavigatorChildren}, and so one filter, between the navigator view and the content and label
 * providers the Common Navigator makes for it, through the content extension's state model, which exists once per
 * viewer.
 */
final class NavigatorState {

    /** The navigatorContent extension that shows everything below a gateway. */
    static final String CLUSTER_CONTENT = "io.arrowhead.ui.navigator.content.cluster";

    private static final String CHILDREN = NavigatorChildren.class.getName();

    private NavigatorState() {
    }

    static NavigatorChildren children(IExtensionStateModel state) {
        Objects.requireNonNull(state, () -> "The navigatorContent " + CLUSTER_CONTENT + " is not registered");
        if (state.getProperty(CHILDREN) instanceof NavigatorChildren children) {
            return children;
        }
        NavigatorChildren children = new NavigatorChildren(new NavigatorFilter());
        state.setProperty(CHILDREN, children);
        return children;
    }
}
