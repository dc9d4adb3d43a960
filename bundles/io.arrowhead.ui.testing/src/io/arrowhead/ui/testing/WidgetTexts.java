package io.arrowhead.ui.testing;

import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Decorations;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Widget;

/** Reads what a person sees on a widget: its text and its tooltip. */
public final class WidgetTexts {

    private WidgetTexts() {
    }

    /** The widget's own text as SWT holds it (with mnemonics), or null if it has none. */
    public static String of(Widget widget) {
        if (widget instanceof Button w) {
            return w.getText();
        } else if (widget instanceof Label w) {
            return w.getText();
        } else if (widget instanceof CLabel w) {
            return w.getText();
        } else if (widget instanceof Text w) {
            return w.getText();
        } else if (widget instanceof StyledText w) {
            return w.getText();
        } else if (widget instanceof Combo w) {
            return w.getText();
        } else if (widget instanceof Link w) {
            return w.getText().replaceAll("</?[aA][^>]*>", "");
        } else if (widget instanceof Group w) {
            return w.getText();
        } else if (widget instanceof Decorations w) {
            return w.getText();
        } else if (widget instanceof Item w) {
            return w.getText();
        }
        return null;
    }

    public static String tooltip(Widget widget) {
        if (widget instanceof Control w) {
            return w.getToolTipText();
        } else if (widget instanceof ToolItem w) {
            return w.getToolTipText();
        } else if (widget instanceof CTabItem w) {
            return w.getToolTipText();
        } else if (widget instanceof TabItem w) {
            return w.getToolTipText();
        }
        return null;
    }

    /** The text without mnemonic ampersands, without an accelerator after a tab, and without a trailing colon. */
    public static String plain(String text) {
        if (text == null) {
            return null;
        }
        int tab = text.indexOf('\t');
        String visible = tab >= 0 ? text.substring(0, tab) : text;
        visible = visible.replaceAll("&(.)", "$1").strip();
        return visible.endsWith(":") ? visible.substring(0, visible.length() - 1).strip() : visible;
    }

    static String describe(Widget widget) {
        String text = widget.isDisposed() ? "(disposed)" : of(widget);
        return widget.getClass().getSimpleName() + (text == null || text.isEmpty() ? "" : " '" + plain(text) + "'");
    }
}
