package io.arrowhead.ui.internal.navigator;

import org.eclipse.jface.preference.JFacePreferences;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.StyledString.Styler;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.navigator.IDescriptionProvider;

import io.arrowhead.core.ConnectionState;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.ui.internal.UiImages;

/**
 * Labels of the Gateways node and of each gateway: its name, then its address and size, or how it is connecting or
 * why it failed. A disconnected gateway is greyed out.
 */
public final class GatewaysLabelProvider extends LabelProvider implements IStyledLabelProvider, IDescriptionProvider {

    private static final Styler ERROR_STYLER = StyledString.createColorRegistryStyler(JFacePreferences.ERROR_COLOR,
        null);

    private final NodeImages images = new NodeImages();

    @Override
    public String getText(Object element) {
        if (element instanceof GatewaysNode) {
            return GatewaysNode.LABEL;
        }
        return element instanceof GatewayConnection connection ? connection.name() : null;
    }

    @Override
    public StyledString getStyledText(Object element) {
        if (!(element instanceof GatewayConnection connection)) {
            String text = getText(element);
            return text == null ? null : new StyledString(text);
        }
        ConnectionState state = connection.state();
        StyledString label = new StyledString(connection.name(),
            state == ConnectionState.DISCONNECTED ? StyledString.QUALIFIER_STYLER : null);
        return label.append("  " + GatewayText.qualifier(connection),
            state == ConnectionState.FAILED ? ERROR_STYLER : StyledString.QUALIFIER_STYLER);
    }

    @Override
    public Image getImage(Object element) {
        if (element instanceof GatewaysNode) {
            return images.get(NodeIcon.of(UiImages.GATEWAYS));
        }
        return element instanceof GatewayConnection connection ? images.get(NodeIcon.of(connection)) : null;
    }

    @Override
    public String getDescription(Object element) {
        if (element instanceof GatewaysNode) {
            return Messages.Gateways_description;
        }
        return element instanceof GatewayConnection connection ? GatewayText.description(connection) : null;
    }

    @Override
    public void dispose() {
        images.dispose();
        super.dispose();
    }
}
