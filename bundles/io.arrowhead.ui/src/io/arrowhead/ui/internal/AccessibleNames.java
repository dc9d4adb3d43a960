package io.arrowhead.ui.internal;

import java.util.function.Supplier;

import org.eclipse.jface.action.LegacyActionTools;
import org.eclipse.swt.accessibility.ACC;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * Gives controls the names a screen reader speaks. SWT derives a text field's name from a nearby label only in some
 * cases and on some platforms, so a field says plainly which label names it.
 */
public final class AccessibleNames {

    private AccessibleNames() {
    }

    /** Names the control after the label, as the label reads at the time it is asked, and relates the two. */
    public static void labelledBy(Control control, Label label) {
        name(control, () -> label.isDisposed() ? null : plain(label.getText()));
        control.getAccessible().addRelation(ACC.RELATION_LABELLED_BY, label.getAccessible());
        label.getAccessible().addRelation(ACC.RELATION_LABEL_FOR, control.getAccessible());
    }

    /** Names the control with whatever the supplier returns when a screen reader asks. */
    public static void name(Control control, Supplier<String> name) {
        control.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent event) {
                if (event.childID == ACC.CHILDID_SELF) {
                    event.result = name.get();
                }
            }
        });
    }

    /** A label's text as spoken: without the mnemonic ampersand and the trailing colon. */
    static String plain(String labelText) {
        String text = LegacyActionTools.removeMnemonics(labelText).strip();
        return text.endsWith(":") ? text.substring(0, text.length() - 1).strip() : text;
    }
}
