package io.arrowhead.ui.internal.navigator;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.part.PageBook;
import org.eclipse.ui.services.IServiceLocator;

import io.arrowhead.ui.WidgetIds;

/**
 * What the Storage Explorer shows instead of its tree while the console has no gateway: how to add one, with a link
 * (reached by Tab, read by screen readers as its text) that opens the Add Gateway wizard. A page book switches
 * between the two like the Docker Explorer's explanation page, and takes the keyboard focus along.
 */
final class EmptyGatewaysHint {

    /** The hint link's widget id, for tests. */
    static final String WIDGET_ID = "navigator.emptyHint";

    private final PageBook pages;
    private final Control explorer;
    private final Composite hint;
    private final Link link;
    private Control shown;

    /** A hint page in {@code pages} beside {@code explorer}, the page that holds the tree. */
    EmptyGatewaysHint(PageBook pages, Control explorer, IServiceLocator services) {
        this.pages = pages;
        this.explorer = explorer;
        hint = new Composite(pages, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(8, 8).applyTo(hint);
        link = new Link(hint, SWT.WRAP);
        WidgetIds.set(link, WIDGET_ID);
        link.setText(Messages.Navigator_emptyHint);
        // A small width hint, so that the text wraps to the view rather than widening it.
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(link);
        link.addListener(SWT.Selection, e -> AddGatewayCommand.run(services));
    }

    /** Shows the hint if there are no gateways, the explorer otherwise; the focus moves with the page it was on. */
    void update(boolean noGateways) {
        Control next = noGateways ? hint : explorer;
        if (pages.isDisposed() || next == shown) {
            return;
        }
        boolean hadFocus = shown != null && isFocusWithin(shown);
        shown = next;
        pages.showPage(next);
        if (hadFocus) {
            (next == hint ? link : explorer).setFocus();
        }
    }

    /** Gives the link the focus if the hint is showing; false if the explorer is, which focuses its own way. */
    boolean takeFocus() {
        return shown == hint && link.setFocus();
    }

    private static boolean isFocusWithin(Control control) {
        for (Control focus = control.getDisplay().getFocusControl(); focus != null; focus = focus.getParent()) {
            if (focus == control) {
                return true;
            }
        }
        return false;
    }
}
