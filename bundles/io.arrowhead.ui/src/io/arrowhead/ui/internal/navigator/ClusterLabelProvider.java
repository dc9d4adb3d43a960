package io.arrowhead.ui.internal.navigator;

import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.navigator.ICommonContentExtensionSite;
import org.eclipse.ui.navigator.ICommonLabelProvider;

import io.arrowhead.ui.model.ClusterNode;

/**
 * Labels of the nodes below a gateway: the name, then grey details such as a volume's size and mappings. Plain
 * {@link #getText} is the name alone, for sorting and accessibility.
 */
public final class ClusterLabelProvider extends LabelProvider implements ICommonLabelProvider, IStyledLabelProvider {

    private final NodeImages images = new NodeImages();
    private NodeText text = new NodeText(new NavigatorChildren(new NavigatorFilter()));
    private NodeDescriptions descriptions = new NodeDescriptions(text);

    @Override
    public void init(ICommonContentExtensionSite site) {
        text = new NodeText(NavigatorState.children(site.getExtensionStateModel()));
        descriptions = new NodeDescriptions(text);
    }

    @Override
    public String getText(Object element) {
        return element instanceof ClusterNode node ? text.name(node) : null;
    }

    @Override
    public StyledString getStyledText(Object element) {
        if (!(element instanceof ClusterNode node)) {
            return null;
        }
        StyledString label = new StyledString(text.name(node));
        String qualifier = text.qualifier(node);
        if (!qualifier.isEmpty()) {
            label.append("  " + qualifier, StyledString.QUALIFIER_STYLER);
        }
        return label;
    }

    @Override
    public Image getImage(Object element) {
        return element instanceof ClusterNode node ? images.get(NodeIcon.of(node)) : null;
    }

    @Override
    public String getDescription(Object element) {
        return element instanceof ClusterNode node ? descriptions.describe(node) : null;
    }

    @Override
    public void restoreState(IMemento memento) {
        // Labels keep no state.
    }

    @Override
    public void saveState(IMemento memento) {
        // Labels keep no state.
    }

    @Override
    public void dispose() {
        images.dispose();
        super.dispose();
    }
}
