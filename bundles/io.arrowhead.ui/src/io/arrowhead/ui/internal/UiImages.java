package io.arrowhead.ui.internal;

import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.osgi.framework.FrameworkUtil;

/**
 * The console's icons, by the name of their file under {@code icons/} without extension; the {@code @2x} variants
 * are found by the descriptors themselves. Descriptors only: images belong to the resource manager of the widget
 * that shows them.
 */
public final class UiImages {

    public static final String GATEWAYS = "gateways";
    public static final String GATEWAY = "gateway";
    public static final String GATEWAY_DEMO = "gateway_demo";
    public static final String SYSTEM = "system";
    public static final String PROTECTION_DOMAIN = "protection_domain";
    public static final String STORAGE_POOL = "storage_pool";
    public static final String VOLUME = "volume";
    public static final String VOLUME_THIN = "volume_thin";
    public static final String SNAPSHOT = "snapshot";
    public static final String SDC = "sdc";
    public static final String SDS = "sds";
    public static final String DEVICE = "device";
    public static final String FOLDER = "folder";
    public static final String RANGE = "range";
    public static final String OVR_MAPPED = "ovr_mapped";
    public static final String OVR_DISCONNECTED = "ovr_disconnected";
    public static final String OVR_ERROR = "ovr_error";
    public static final String OVR_DEMO = "ovr_demo";
    public static final String NEW_VOLUME = "new_volume";
    public static final String CONNECT = "connect";
    public static final String DISCONNECT = "disconnect";
    public static final String REFRESH = "refresh";
    public static final String SNAPSHOT_TAKE = "snapshot_take";
    public static final String PROGRESS = "progress";

    private static final Map<String, ImageDescriptor> DESCRIPTORS = new ConcurrentHashMap<>();

    private UiImages() {
    }

    /** The icon {@code icons/<name>.png}, or the missing-image descriptor if the bundle has no such file. */
    public static ImageDescriptor descriptor(String name) {
        return DESCRIPTORS.computeIfAbsent(name, UiImages::load);
    }

    /**
     * An icon with an overlay in one corner, {@link IDecoration#BOTTOM_RIGHT} for instance. The result is equal to
     * any other made of the same parts, so resource managers share its image.
     */
    public static ImageDescriptor withOverlay(String base, String overlay, int quadrant) {
        return new DecorationOverlayIcon(descriptor(base), descriptor(overlay), quadrant);
    }

    private static ImageDescriptor load(String name) {
        String path = "icons/" + name + ".png";
        if (FrameworkUtil.getBundle(UiImages.class) == null) {
            // Plain unit tests, outside OSGi: the class path is the only place left to look.
            URL url = UiImages.class.getResource("/" + path);
            return url == null ? ImageDescriptor.getMissingImageDescriptor() : ImageDescriptor.createFromURL(url);
        }
        return ResourceLocator.imageDescriptorFromBundle(UiImages.class, path)
            .orElseGet(ImageDescriptor::getMissingImageDescriptor);
    }
}
