package io.arrowhead.ui.internal.navigator;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.navigator.IDescriptionProvider;

/** Labels and icons of the navigator's fixed nodes. */
public final class GatewaysLabelProvider extends LabelProvider implements IDescriptionProvider {

    private static final ImageDescriptor GATEWAYS_ICON = ResourceLocator
        .imageDescriptorFromBundle(GatewaysLabelProvider.class, "icons/gateways.png").orElseThrow();

    private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());

    @Override
    public String getText(Object element) {
        return element instanceof GatewaysNode ? GatewaysNode.LABEL : null;
    }

    @Override
    public Image getImage(Object element) {
        return element instanceof GatewaysNode ? resources.create(GATEWAYS_ICON) : null;
    }

    @Override
    public String getDescription(Object element) {
        return element instanceof GatewaysNode ? "The ScaleIO REST Gateways this console manages" : null;
    }

    @Override
    public void dispose() {
        resources.dispose();
        super.dispose();
    }
}
