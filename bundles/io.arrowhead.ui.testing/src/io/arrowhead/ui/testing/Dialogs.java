package io.arrowhead.ui.testing;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;

/** Reads dialogs, what they say and which buttons they offer, and answers them with the mouse. */
public final class Dialogs {

    private final UiDriver driver;

    Dialogs(UiDriver driver) {
        this.driver = driver;
    }

    /** The texts of the labels, links and read-only fields, in layout order: a dialog's message and details. */
    public List<String> messages(Shell shell) {
        return driver.onUi(() -> {
            List<String> texts = new ArrayList<>();
            for (Widget widget : WidgetTree.descendants(shell)) {
                boolean message = widget instanceof Label || widget instanceof Link
                    || widget instanceof Text text && (text.getStyle() & SWT.READ_ONLY) != 0;
                String text = message ? WidgetTexts.plain(WidgetTexts.of(widget)) : null;
                if (text != null && !text.isEmpty()) {
                    texts.add(text);
                }
            }
            return texts;
        });
    }

    /** The labels of the push buttons, without mnemonics. */
    public List<String> buttons(Shell shell) {
        return driver.onUi(() -> {
            List<String> labels = new ArrayList<>();
            for (Widget widget : WidgetTree.descendants(shell)) {
                if (widget instanceof Button button && (button.getStyle() & SWT.PUSH) != 0) {
                    labels.add(WidgetTexts.plain(button.getText()));
                }
            }
            return labels;
        });
    }

    /** Clicks a button of the dialog with the real mouse and waits until the dialog has closed. */
    public void close(Shell shell, String buttonLabel) {
        Button button = driver.find(shell).withText(Button.class, buttonLabel);
        driver.input().click(button);
        driver.waitUntil("the dialog to close after pressing " + buttonLabel, shell::isDisposed);
    }
}
