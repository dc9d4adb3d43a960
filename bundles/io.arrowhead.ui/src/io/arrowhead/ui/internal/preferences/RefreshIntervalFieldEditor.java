package io.arrowhead.ui.internal.preferences;

import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.swt.widgets.Composite;

import io.arrowhead.core.ConsolePreferences;

/**
 * The refresh interval in seconds. Besides 0 (never), the core refreshes no more often than every
 * {@value ConsolePreferences#MIN_REFRESH_INTERVAL_SECONDS} seconds, so smaller values are refused here rather than
 * silently raised.
 */
final class RefreshIntervalFieldEditor extends IntegerFieldEditor {

    RefreshIntervalFieldEditor(Composite parent) {
        super(ConsolePreferences.REFRESH_INTERVAL_SECONDS, "&Refresh cluster every (seconds, 0 = never):", parent, 5);
        setValidRange(0, ConsolePreferences.MAX_REFRESH_INTERVAL_SECONDS);
        setErrorMessage("Enter 0 (never) or a number of seconds from "
            + ConsolePreferences.MIN_REFRESH_INTERVAL_SECONDS + " to " + ConsolePreferences.MAX_REFRESH_INTERVAL_SECONDS
            + ".");
    }

    @Override
    protected boolean checkState() {
        if (!super.checkState()) {
            return false;
        }
        int seconds = Integer.parseInt(getTextControl().getText().strip());
        if (seconds > 0 && seconds < ConsolePreferences.MIN_REFRESH_INTERVAL_SECONDS) {
            showErrorMessage();
            return false;
        }
        return true;
    }
}
