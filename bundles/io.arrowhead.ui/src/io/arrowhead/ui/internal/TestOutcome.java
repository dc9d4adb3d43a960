package io.arrowhead.ui.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import io.arrowhead.ui.WidgetIds;

/**
 * The part of a connection page (a gateway's, a Docker host's) that says how the last connection test went, whole:
 * the title area has room for one line only. Also holds whether the current values passed a test, and, when a test
 * is required, the user's explicit choice to save without one.
 */
public final class TestOutcome {

    /**
     * What differs between the pages.
     *
     * @param idPrefix the prefix of the widget ids, such as {@code gateway}
     * @param saveUntested the label of the choice to save without a test
     * @param emptyName the accessible name of the outcome while it shows nothing
     * @param width the outcome's width hint in pixels
     * @param lines how many lines of text it shows before it scrolls
     */
    public record Look(String idPrefix, String saveUntested, String emptyName, int width, int lines) {
    }

    private final Text text;
    private final Button saveUntested;
    private boolean passed;

    /** @param testRequired whether to offer the choice to save untested; {@code onChoice} runs when it is made */
    public TestOutcome(Composite body, Look look, boolean testRequired, Runnable onChoice) {
        if (testRequired) {
            saveUntested = WidgetIds.set(new Button(body, SWT.CHECK), look.idPrefix() + ".saveUntested");
            saveUntested.setText(look.saveUntested());
            GridDataFactory.swtDefaults().span(2, 1).indent(0, 4).applyTo(saveUntested);
            saveUntested.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> onChoice.run()));
        } else {
            saveUntested = null;
        }
        // read-only and selectable, so that a long reason can be read whole, copied, and reached by a screen reader
        text = WidgetIds.set(new Text(body, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL),
            look.idPrefix() + ".testOutcome");
        text.setBackground(body.getBackground());
        AccessibleNames.name(text, () -> text.getText().isEmpty() ? look.emptyName() : text.getText());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).indent(0, 8)
            .hint(look.width(), text.getLineHeight() * look.lines()).applyTo(text);
    }

    /** Whether Finish may save: no test is required, the current values passed one, or the user chose not to test. */
    public boolean allowsFinish() {
        return saveUntested == null || passed || saveUntested.getSelection();
    }

    public void passed(String outcome) {
        passed = true;
        text.setText(outcome);
    }

    public void failed(String reason) {
        passed = false;
        text.setText(reason);
    }

    /** Forgets a test of values that have since changed. */
    public void invalidate() {
        passed = false;
        text.setText("");
    }

    /** Shows a problem found on Finish in full. */
    public void show(String problem) {
        text.setText(problem);
    }
}
