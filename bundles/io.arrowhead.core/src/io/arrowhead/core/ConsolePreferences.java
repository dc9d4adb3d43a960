package io.arrowhead.core;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

import io.arrowhead.scaleio.client.model.VolumeType;

/**
 * The console's user preferences, stored in the instance scope of this bundle. Defaults are the fallbacks here, so
 * that a preference page and the core agree without an initializer.
 */
public final class ConsolePreferences {

    public static final String NODE = "io.arrowhead.core";
    /** Seconds between automatic reloads of a connected gateway's cluster; 0 turns them off. */
    public static final String REFRESH_INTERVAL_SECONDS = "refreshIntervalSeconds";
    public static final int DEFAULT_REFRESH_INTERVAL_SECONDS = 30;
    public static final int MIN_REFRESH_INTERVAL_SECONDS = 5;
    public static final int MAX_REFRESH_INTERVAL_SECONDS = 3600;
    /** The provisioning a new volume starts with: {@code THIN_PROVISIONED} or {@code THICK_PROVISIONED}. */
    public static final String DEFAULT_VOLUME_TYPE = "defaultVolumeType";
    /** Whether deleting asks for confirmation first. */
    public static final String CONFIRM_DELETE = "confirmDelete";

    private ConsolePreferences() {
    }

    public static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }

    public static int refreshIntervalSeconds() {
        int seconds = node().getInt(REFRESH_INTERVAL_SECONDS, DEFAULT_REFRESH_INTERVAL_SECONDS);
        return seconds <= 0 ? 0 : Math.clamp(seconds, MIN_REFRESH_INTERVAL_SECONDS, MAX_REFRESH_INTERVAL_SECONDS);
    }

    public static VolumeType defaultVolumeType() {
        String value = node().get(DEFAULT_VOLUME_TYPE, VolumeType.THIN_PROVISIONED.name());
        return VolumeType.THICK_PROVISIONED.name().equals(value) ? VolumeType.THICK_PROVISIONED
            : VolumeType.THIN_PROVISIONED;
    }

    public static boolean confirmDelete() {
        return node().getBoolean(CONFIRM_DELETE, true);
    }
}
