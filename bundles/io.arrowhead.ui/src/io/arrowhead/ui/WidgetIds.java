package io.arrowhead.ui;

import org.eclipse.swt.widgets.Widget;

/** Names widgets so that UI tests find them without depending on labels that translators may change. */
public final class WidgetIds {

    /** The widget data key; the test driver reads the same key. */
    public static final String KEY = "io.arrowhead.widgetId";

    private WidgetIds() {
    }

    public static <W extends Widget> W set(W widget, String id) {
        widget.setData(KEY, id);
        return widget;
    }
}
