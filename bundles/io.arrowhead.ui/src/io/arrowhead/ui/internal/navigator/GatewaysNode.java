package io.arrowhead.ui.internal.navigator;

/** The "Gateways" node at the top of the navigator, under which every configured REST Gateway appears. */
public final class GatewaysNode {

    public static final String LABEL = Messages.Gateways_label;

    GatewaysNode() {
    }

    @Override
    public String toString() {
        return LABEL;
    }
}
