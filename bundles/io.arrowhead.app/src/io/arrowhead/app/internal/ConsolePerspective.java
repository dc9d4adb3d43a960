package io.arrowhead.app.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import io.arrowhead.ui.ArrowheadViews;

/**
 * The storage console: the navigator on the left, editors in the middle, and below them the Properties of the
 * selection beside Progress and the Error Log, where background operations report, and the Operations view of host
 * operations.
 */
public final class ConsolePerspective implements IPerspectiveFactory {

    public static final String ID = "io.arrowhead.app.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        layout.addView(ArrowheadViews.NAVIGATOR, IPageLayout.LEFT, 0.28f, editors);

        IFolderLayout bottom = layout.createFolder("io.arrowhead.app.bottom", IPageLayout.BOTTOM, 0.62f, editors);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(ArrowheadViews.PROGRESS);
        bottom.addView(ArrowheadViews.ERROR_LOG);
        bottom.addView(ArrowheadViews.OPERATIONS);

        layout.addShowViewShortcut(ArrowheadViews.NAVIGATOR);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(ArrowheadViews.PROGRESS);
        layout.addShowViewShortcut(ArrowheadViews.ERROR_LOG);
        layout.addShowViewShortcut(ArrowheadViews.OPERATIONS);
    }
}
