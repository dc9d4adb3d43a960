package io.arrowhead.ui.internal.preferences;

import java.util.Collection;
import java.util.Objects;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Control;

/**
 * How wide a preference page must be for the dialog to show its validation messages whole. The Preferences dialog
 * shows a page's error on one line above it and elides what does not fit, so the page asks for that width.
 */
final class MessageWidth {

    /**
     * What the dialog's title area shows beside the message, measured at about 160 pixels: the error icon, the page
     * history toolbar and the margins; with room to spare for other themes.
     */
    private static final int MESSAGE_AREA_ALLOWANCE = 220;

    private MessageWidth() {
    }

    /** The width in pixels the page needs for the longest of the messages, in the control's font. */
    static int needed(Control control, Collection<String> messages) {
        GC gc = new GC(control);
        try {
            gc.setFont(control.getFont());
            return messages.stream().filter(Objects::nonNull).mapToInt(m -> gc.textExtent(m).x).max().orElse(0)
                + MESSAGE_AREA_ALLOWANCE;
        } finally {
            gc.dispose();
        }
    }
}
