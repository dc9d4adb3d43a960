package io.arrowhead.ui.internal.navigator;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;

/**
 * Keeps the order the content providers give: the model's lists are sorted by name once per load, and re-sorting
 * each level by label would both cost a label per comparison and break the index order that ranges rely on.
 */
public final class NavigatorOrder extends ViewerComparator {

    @Override
    public int compare(Viewer viewer, Object e1, Object e2) {
        return 0;
    }
}
