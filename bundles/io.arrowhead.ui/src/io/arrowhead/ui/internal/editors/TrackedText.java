package io.arrowhead.ui.internal.editors;

import org.eclipse.swt.widgets.Text;

/**
 * An editable text field that remembers the value it last showed from the model, so that it knows whether the user
 * changed it, and so that a model refresh does not overwrite what the user typed.
 */
final class TrackedText {

    private final Text text;
    private String shown = "";
    private boolean showing;

    TrackedText(Text text, Runnable onEdit) {
        this.text = text;
        text.addModifyListener(event -> {
            if (!showing) {
                onEdit.run();
            }
        });
    }

    /** Shows a model value, unless {@code keepEdits} and the user changed the field. */
    void show(String value, boolean keepEdits) {
        String newValue = value == null ? "" : value;
        if (keepEdits && isEdited()) {
            return;
        }
        shown = newValue;
        if (!text.getText().equals(newValue)) {
            showing = true;
            try {
                text.setText(newValue);
            } finally {
                showing = false;
            }
        }
    }

    boolean isEdited() {
        return !text.getText().equals(shown);
    }

    /** The text as typed; rules judge it as it is, blanks included. */
    String value() {
        return text.getText();
    }

    Text control() {
        return text;
    }
}
