package io.arrowhead.ui.internal.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.junit.jupiter.api.Test;

import io.arrowhead.core.ConsolePreferences;
import io.arrowhead.scaleio.client.model.VolumeType;

/** The console's preference defaults come from the core's initializer, not from the preference page. */
class PreferenceDefaultsTest {

    @Test
    void aFreshPreferenceStoreAnswersTheDefaultsWithoutThePreferencePage() {
        IPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, ConsolePreferences.NODE);

        assertEquals(30, store.getDefaultInt(ConsolePreferences.REFRESH_INTERVAL_SECONDS));
        assertEquals(VolumeType.THIN_PROVISIONED.name(),
            store.getDefaultString(ConsolePreferences.DEFAULT_VOLUME_TYPE));
        assertTrue(store.getDefaultBoolean(ConsolePreferences.CONFIRM_DELETE));
    }
}
