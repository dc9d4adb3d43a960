package io.arrowhead.ui.internal.editors;

import org.eclipse.osgi.util.NLS;
import java.util.Objects;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import io.arrowhead.ui.internal.GatewayNames;
import io.arrowhead.ui.internal.UiImages;
import io.arrowhead.ui.model.ClusterNode;

/**
 * The input of an editor on one cluster object. Inputs are equal when their nodes are, so opening the same object
 * again brings its editor to the front. The name is read from the gateway's current model, so it follows renames.
 * With more than one gateway, the name and title also name the gateway, as two clusters may use the same names.
 */
public abstract class NodeEditorInput<N extends ClusterNode> implements IEditorInput {

    private final N node;

    protected NodeEditorInput(N node) {
        this.node = Objects.requireNonNull(node);
    }

    public N node() {
        return node;
    }

    /** The object's name in the current model, or {@code null} when the model does not have it. */
    protected abstract String currentName();

    /** What the object is, such as "Volume". */
    protected abstract String kind();

    /** The {@link UiImages} name of the object's icon. */
    protected abstract String iconName();

    /** The id to show when the object has no name. */
    protected abstract String id();

    @Override
    public boolean exists() {
        // the object lives on a gateway; there is nothing to reopen from the recent list
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return UiImages.descriptor(iconName());
    }

    /** The editor tab's text: the object's name, such as "db01", or "db01 · lab" with more than one gateway. */
    @Override
    public String getName() {
        return GatewayNames.needed() ? NLS.bind(Messages.NodeEditorInput_nameOnGateway, objectName(), gatewayName())
            : objectName();
    }

    /** The object's name, or its id when it has none. */
    public String objectName() {
        String name = currentName();
        return name == null || name.isBlank() ? id() : name;
    }

    @Override
    public String getToolTipText() {
        return NLS.bind(Messages.NodeEditorInput_toolTip, kindAndName(), gatewayName());
    }

    /** What and which the object is, such as "Volume db01", or "Volume db01 on lab" with more than one gateway. */
    public String title() {
        return GatewayNames.needed() ? NLS.bind(Messages.NodeEditorInput_titleOnGateway, kindAndName(), gatewayName())
            : kindAndName();
    }

    private String kindAndName() {
        return NLS.bind(Messages.NodeEditorInput_title, kind(), objectName());
    }

    private String gatewayName() {
        return node.connection().name();
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return Adapters.adapt(node, adapter);
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && ((NodeEditorInput<?>) other).node.equals(node);
    }

    @Override
    public int hashCode() {
        return node.hashCode();
    }

    @Override
    public String toString() {
        return getToolTipText();
    }
}
