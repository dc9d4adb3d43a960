package io.arrowhead.core.internal;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

import io.arrowhead.core.ConsolePreferences;

/**
 * Writes the console's preference defaults to the default scope, where the core reads them through the preferences
 * service and a preference page's "Restore Defaults" finds them. Declared in plugin.xml
 * ({@code org.eclipse.core.runtime.preferences}), so it runs the first time anything asks for a default.
 */
public final class ConsolePreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(ConsolePreferences.NODE);
        defaults.putInt(ConsolePreferences.REFRESH_INTERVAL_SECONDS,
            ConsolePreferences.DEFAULT_REFRESH_INTERVAL_SECONDS);
        defaults.putInt(ConsolePreferences.STATISTICS_INTERVAL_SECONDS,
            ConsolePreferences.DEFAULT_STATISTICS_INTERVAL_SECONDS);
        defaults.putInt(ConsolePreferences.REQUEST_TIMEOUT_SECONDS, ConsolePreferences.DEFAULT_REQUEST_TIMEOUT_SECONDS);
        defaults.putInt(ConsolePreferences.CLUSTER_LOAD_TIMEOUT_SECONDS,
            ConsolePreferences.DEFAULT_CLUSTER_LOAD_TIMEOUT_SECONDS);
        defaults.put(ConsolePreferences.DEFAULT_VOLUME_TYPE, ConsolePreferences.DEFAULT_PROVISIONING.name());
        defaults.putInt(ConsolePreferences.DEFAULT_VOLUME_SIZE_GIB, ConsolePreferences.DEFAULT_SIZE_GIB);
        defaults.putBoolean(ConsolePreferences.CONFIRM_DELETE, ConsolePreferences.DEFAULT_CONFIRM_DELETE);
        defaults.putBoolean(ConsolePreferences.RECONNECT_AT_START, ConsolePreferences.DEFAULT_RECONNECT_AT_START);
    }
}
