package io.arrowhead.ui.internal.navigator;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceEffect;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * What follows the mouse while the navigator's items are dragged: the first item's icon and name, and how many more
 * come with it, drawn as a selected row. GTK's own image is the whole row, details and all, wider than the tree, and
 * it hides the element the drop would go to.
 */
final class DragImage extends DragSourceEffect {

    private static final int PADDING = 4;
    private static final int GAP = 6;

    private Image image;

    private DragImage(Tree tree) {
        super(tree);
    }

    /** Replaces the drag image of the tree's drag source, which the Common Navigator has set up. */
    static void install(Tree tree) {
        if (tree.getData(DND.DRAG_SOURCE_KEY) instanceof DragSource source) {
            source.setDragSourceEffect(new DragImage(tree));
        }
    }

    @Override
    public void dragStart(DragSourceEvent event) {
        TreeItem[] dragged = ((Tree) getControl()).getSelection();
        disposeImage();
        if (dragged.length > 0) {
            String name = nameOf(dragged[0]);
            String text = dragged.length == 1 ? name : NLS.bind(Messages.Drag_more, name, dragged.length - 1);
            image = draw(getControl().getDisplay(), dragged[0].getImage(), text);
            event.image = image;
        }
    }

    @Override
    public void dragFinished(DragSourceEvent event) {
        disposeImage();
    }

    /** The label's name, without the details that follow it after two spaces. */
    static String nameOf(TreeItem item) {
        String text = item.getText();
        int details = text.indexOf("  ");
        return details < 0 ? text : text.substring(0, details);
    }

    private static Image draw(Display display, Image icon, String text) {
        GC measure = new GC(display);
        Point extent;
        try {
            extent = measure.textExtent(text);
        } finally {
            measure.dispose();
        }
        int iconWidth = icon == null ? 0 : icon.getBounds().width + GAP;
        int iconHeight = icon == null ? 0 : icon.getBounds().height;
        int width = PADDING + iconWidth + extent.x + PADDING;
        int height = Math.max(iconHeight, extent.y) + 2 * PADDING;
        Image drawn = new Image(display, width, height);
        GC gc = new GC(drawn);
        try {
            gc.setBackground(display.getSystemColor(SWT.COLOR_LIST_SELECTION));
            gc.fillRectangle(0, 0, width, height);
            if (icon != null) {
                gc.drawImage(icon, PADDING, (height - iconHeight) / 2);
            }
            gc.setForeground(display.getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT));
            gc.drawText(text, PADDING + iconWidth, (height - extent.y) / 2, true);
        } finally {
            gc.dispose();
        }
        return drawn;
    }

    private void disposeImage() {
        if (image != null) {
            image.dispose();
            image = null;
        }
    }
}
