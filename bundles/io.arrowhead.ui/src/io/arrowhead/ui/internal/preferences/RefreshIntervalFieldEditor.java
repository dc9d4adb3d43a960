package io.arrowhead.ui.internal.preferences;

import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.swt.widgets.Composite;

import org.eclipse.osgi.util.NLS;

import io.arrowhead.core.ConsolePreferences;

/**
 * The refresh interval in seconds. Besides 0 (never), the core refreshes no more often than every
 * {@value ConsolePreferences#MIN_REFRESH_INTERVAL_SECONDS} seconds, so smaller values are refused here rather than
 * silently raised.
 */
final class RefreshIntervalFieldEditor extends IntegerFieldEditor {

    RefreshIntervalFieldEditor(Composite parent) {
        super(ConsolePreferences.REFRESH_INTERVAL_SECONDS, Messages.RefreshIntervalFieldEditor_label, parent, 5);
        setValidRange(0, ConsolePreferences.MAX_REFRESH_INTERVAL_SECONDS);
        setErrorMessage(NLS.bind(Messages.RefreshIntervalFieldEditor_range,
            ConsolePreferences.MIN_REFRESH_INTERVAL_SECONDS, ConsolePreferences.MAX_REFRESH_INTERVAL_SECONDS));
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
