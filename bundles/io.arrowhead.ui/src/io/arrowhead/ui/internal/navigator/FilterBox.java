package io.arrowhead.ui.internal.navigator;

import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.arrowhead.ui.WidgetIds;

/**
 * The search field above the navigator and the match count beside it. Typing is applied once it pauses for
 * {@value #DELAY_MS} ms, so that a filter over a large cluster does not run for every keystroke; Enter applies at
 * once, Escape clears the filter, and the down arrow moves into the tree.
 */
final class FilterBox {

    static final int DELAY_MS = 250;

    private final Composite composite;
    private final Text text;
    private final Label status;
    private final Consumer<String> apply;
    /** One instance, so that each keystroke can cancel the previous one's timer. */
    private final Runnable pendingApply = this::applyNow;

    FilterBox(Composite parent, Consumer<String> apply, Runnable focusTree) {
        this.apply = apply;
        composite = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(2, 2).applyTo(composite);
        text = new Text(composite, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        text.setMessage(Messages.Filter_hint);
        text.setToolTipText(Messages.Filter_tooltip);
        WidgetIds.set(text, "navigator.filter");
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(text);
        status = new Label(composite, SWT.NONE);
        WidgetIds.set(status, "navigator.filterStatus");
        GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).exclude(true).applyTo(status);
        status.setVisible(false);

        text.addModifyListener(e -> schedule());
        text.addListener(SWT.DefaultSelection, e -> {
            applyNow();
            if (e.detail != SWT.ICON_CANCEL) {
                focusTree.run();
            }
        });
        text.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ARROW_DOWN) {
                e.doit = false;
                focusTree.run();
            } else if (e.keyCode == SWT.ESC && !text.getText().isEmpty()) {
                e.doit = false;
                text.setText("");
                applyNow();
            }
        });
    }

    Control control() {
        return composite;
    }

    Text text() {
        return text;
    }

    /** Sets the text and applies it at once, as Enter does. */
    void setTextNow(String newText) {
        text.setText(newText);
        applyNow();
    }

    /** Shows a short status such as "37 matches" next to the field, or nothing for {@code null}. */
    void setStatus(String message) {
        boolean show = message != null;
        status.setText(show ? message : "");
        status.setVisible(show);
        ((GridData) status.getLayoutData()).exclude = !show;
        composite.layout(true);
    }

    private void schedule() {
        text.getDisplay().timerExec(-1, pendingApply);
        text.getDisplay().timerExec(DELAY_MS, pendingApply);
    }

    private void applyNow() {
        if (text.isDisposed()) {
            return;
        }
        text.getDisplay().timerExec(-1, pendingApply);
        apply.accept(text.getText());
    }
}
