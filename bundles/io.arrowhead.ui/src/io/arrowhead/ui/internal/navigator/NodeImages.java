package io.arrowhead.ui.internal.navigator;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;

import io.arrowhead.ui.internal.UiImages;

/** The images of one label provider, made once per distinct {@link NodeIcon} and freed with the provider. */
final class NodeImages {

    private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());
    private final Map<NodeIcon, Image> images = new HashMap<>();

    Image get(NodeIcon icon) {
        return images.computeIfAbsent(icon, this::create);
    }

    void dispose() {
        images.clear();
        resources.dispose();
    }

    private Image create(NodeIcon icon) {
        ImageDescriptor descriptor = icon.overlay() == null ? UiImages.descriptor(icon.base())
            : UiImages.withOverlay(icon.base(), icon.overlay(), quadrant(icon.overlay()));
        if (icon.greyed()) {
            descriptor = ImageDescriptor.createWithFlags(descriptor, SWT.IMAGE_GRAY);
        }
        // An icon file that is missing or broken must not cost the whole label.
        return resources.createImageWithDefault(descriptor);
    }

    /** Problems go bottom left and states bottom right, as in the Eclipse IDE's own decorations. */
    private static int quadrant(String overlay) {
        return UiImages.OVR_ERROR.equals(overlay) ? IDecoration.BOTTOM_LEFT : IDecoration.BOTTOM_RIGHT;
    }
}
