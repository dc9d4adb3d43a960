package io.arrowhead.ui.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.Widget;

/** Walks a widget hierarchy: controls, and the items of tool bars and tab folders that are widgets but not controls. */
final class WidgetTree {

    private WidgetTree() {
    }

    static List<Widget> descendants(Composite root) {
        List<Widget> found = new ArrayList<>();
        Deque<Control> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Control control = pending.pop();
            if (control.isDisposed()) {
                continue;
            }
            found.add(control);
            addItems(control, found);
            if (control instanceof Composite composite) {
                Control[] children = composite.getChildren();
                for (int i = children.length - 1; i >= 0; i--) {
                    pending.push(children[i]);
                }
            }
        }
        return found;
    }

    private static void addItems(Control control, List<Widget> found) {
        if (control instanceof ToolBar bar) {
            found.addAll(List.of(bar.getItems()));
        } else if (control instanceof CTabFolder folder) {
            found.addAll(List.of(folder.getItems()));
        } else if (control instanceof TabFolder folder) {
            found.addAll(List.of(folder.getItems()));
        }
    }
}
