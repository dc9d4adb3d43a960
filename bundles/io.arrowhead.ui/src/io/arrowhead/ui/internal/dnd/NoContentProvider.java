package io.arrowhead.ui.internal.dnd;

import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * Provides nothing. The navigator content that declares the drop assistant for dragged Docker volumes needs one:
 * the Common Navigator offers a content's drop assistants only for elements that are possible children of that
 * content, and the Docker volumes' own content is another's.
 */
public final class NoContentProvider implements ITreeContentProvider {

    private static final Object[] NONE = new Object[0];

    @Override
    public Object[] getElements(Object inputElement) {
        return NONE;
    }

    @Override
    public Object[] getChildren(Object parentElement) {
        return NONE;
    }

    @Override
    public Object getParent(Object element) {
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return false;
    }
}
