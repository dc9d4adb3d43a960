package io.arrowhead.ui.tests;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

import io.arrowhead.ui.testing.UiDriver;

/** Edits a cell of a JFace table in a form, as a person does: a click on the cell, then typing and Enter. */
final class CellEditing {

    private final UiDriver ui;

    CellEditing(UiDriver ui) {
        this.ui = ui;
    }

    /** Replaces the cell's value with {@code value} through the cell editor with the widget id {@code editorId}. */
    void edit(Table table, int row, int column, String editorId, String value) {
        ui.onUi(() -> {
            for (Composite parent = table.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof ScrolledComposite scrolled) {
                    scrolled.showControl(table);
                    break;
                }
            }
        });
        // A mouse press on the cell is what starts a JFace cell edit; it is sent to the table directly, because
        // the pointer's press on a freshly scrolled form can land before GTK has moved the rows.
        ui.onUi(() -> {
            Rectangle bounds = table.getItem(row).getBounds(column);
            Event press = new Event();
            press.x = bounds.x + bounds.width / 2;
            press.y = bounds.y + bounds.height / 2;
            press.button = 1;
            // Without a window manager, the keyboard follows forceActive, not clicks: a test shell opened before
            // may still hold it, and then the cell editor never gets the focus.
            table.getShell().forceActive();
            table.setFocus();
            table.notifyListeners(SWT.MouseDown, press);
            table.notifyListeners(SWT.MouseUp, press);
        });
        Text editor = ui.find(ui.onUi(() -> table.getShell())).withId(Text.class, editorId);
        // The cell editor opens with the focus and its text selected, as a person sees it after the click.
        ui.waitUntil("the cell editor to take the focus", editor::isFocusControl);
        ui.input().press(SWT.MOD1, 'a');
        ui.input().type(value);
        ui.input().press(SWT.CR);
        ui.waitUntil("the cell editor to close", () -> editor.isDisposed() || !editor.isVisible());
    }
}
