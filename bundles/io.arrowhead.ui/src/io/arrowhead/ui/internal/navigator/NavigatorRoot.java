package io.arrowhead.ui.internal.navigator;

/** The invisible input of the console navigator; its only child is the {@link GatewaysNode}. */
public final class NavigatorRoot {

    public static final NavigatorRoot INSTANCE = new NavigatorRoot();

    private final GatewaysNode gateways = new GatewaysNode();

    private NavigatorRoot() {
    }

    public GatewaysNode gateways() {
        return gateways;
    }

    @Override
    public String toString() {
        return Messages.Navigator_root;
    }
}
