package io.arrowhead.ui.internal.hosts;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import io.arrowhead.ui.WidgetIds;
import io.arrowhead.ui.internal.AccessibleNames;

/**
 * The part of the {@link DockerHostPage} that shows the last connection test whole (the title area has one line),
 * whether the current values passed it, and the user's explicit choice to save without a test.
 */
final class HostTestOutcome {

    private final Text text;
    private final Button saveUntested;
    private boolean passed;

    /** @param testRequired whether to offer the choice to save untested; {@code onChoice} runs when it is made */
    HostTestOutcome(Composite body, boolean testRequired, Runnable onChoice) {
        if (testRequired) {
            saveUntested = WidgetIds.set(new Button(body, SWT.CHECK), "host.saveUntested");
            saveUntested.setText(Messages.DockerHostPage_saveUntested);
            GridDataFactory.swtDefaults().span(2, 1).indent(0, 4).applyTo(saveUntested);
            saveUntested.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> onChoice.run()));
        } else {
            saveUntested = null;
        }
        // read-only and selectable, so that a long reason can be read whole, copied, and reached by a screen reader
        text = WidgetIds.set(new Text(body, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), "host.testOutcome");
        text.setBackground(body.getBackground());
        AccessibleNames.name(text, () -> text.getText().isEmpty() ? Messages.DockerHostPage_testOutcome
            : text.getText());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).indent(0, 8)
            .hint(360, text.getLineHeight() * 7).applyTo(text);
    }

    /** Whether Finish may save: no test is required, the current values passed one, or the user chose not to. */
    boolean allowsFinish() {
        return saveUntested == null || passed || saveUntested.getSelection();
    }

    void passed(String outcome) {
        passed = true;
        text.setText(outcome);
    }

    void failed(String reason) {
        passed = false;
        text.setText(reason);
    }

    /** Forgets a test of values that have since changed. */
    void invalidate() {
        passed = false;
        text.setText("");
    }

    /** Shows a problem found on Finish in full. */
    void show(String problem) {
        text.setText(problem);
    }
}
