package io.arrowhead.ui.internal.dashboard;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import io.arrowhead.core.GatewayConnection;
import io.arrowhead.ui.internal.UiImages;

/** The input of a gateway's dashboard; one dashboard per gateway, so opening it again brings it to the front. */
public final class DashboardEditorInput implements IEditorInput {

    private final GatewayConnection gateway;

    public DashboardEditorInput(GatewayConnection gateway) {
        this.gateway = Objects.requireNonNull(gateway);
    }

    public GatewayConnection gateway() {
        return gateway;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return UiImages.descriptor(UiImages.SYSTEM);
    }

    @Override
    public String getName() {
        return NLS.bind(Messages.Dashboard_name, gateway.name());
    }

    @Override
    public String getToolTipText() {
        return NLS.bind(Messages.Dashboard_toolTip, gateway.name());
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter.isInstance(gateway) ? adapter.cast(gateway) : null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DashboardEditorInput that && that.gateway.equals(gateway);
    }

    @Override
    public int hashCode() {
        return gateway.hashCode();
    }
}
