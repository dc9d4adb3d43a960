package io.arrowhead.core;

import java.time.Duration;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IPreferencesService;
import org.eclipse.core.runtime.preferences.InstanceScope;

import io.arrowhead.scaleio.client.model.VolumeType;

/**
 * The console's user preferences, stored in the instance scope of this bundle. Their defaults are in the default
 * scope, written by {@link io.arrowhead.core.internal.ConsolePreferenceInitializer}; reads go through the preferences
 * service, which looks at the instance scope first and then at the defaults.
 */
public final class ConsolePreferences {

    public static final String NODE = "io.arrowhead.core";
    /** Seconds between automatic reloads of a connected gateway's cluster; 0 turns them off. */
    public static final String REFRESH_INTERVAL_SECONDS = "refreshIntervalSeconds";
    public static final int DEFAULT_REFRESH_INTERVAL_SECONDS = 30;
    public static final int MIN_REFRESH_INTERVAL_SECONDS = 5;
    public static final int MAX_REFRESH_INTERVAL_SECONDS = 3600;
    /** Seconds between two statistics requests of a gateway that live charts are subscribed to. */
    public static final String STATISTICS_INTERVAL_SECONDS = "statisticsIntervalSeconds";
    public static final int DEFAULT_STATISTICS_INTERVAL_SECONDS = 5;
    public static final int MIN_STATISTICS_INTERVAL_SECONDS = 1;
    public static final int MAX_STATISTICS_INTERVAL_SECONDS = 60;
    /** Seconds a gateway call may wait for the gateway's answer, for every call but the whole-cluster load. */
    public static final String REQUEST_TIMEOUT_SECONDS = "requestTimeoutSeconds";
    public static final int DEFAULT_REQUEST_TIMEOUT_SECONDS = 10;
    public static final int MIN_REQUEST_TIMEOUT_SECONDS = 1;
    public static final int MAX_REQUEST_TIMEOUT_SECONDS = 600;
    /** Seconds the whole-cluster load may wait for the gateway's answer; a large gateway takes long to produce it. */
    public static final String CLUSTER_LOAD_TIMEOUT_SECONDS = "clusterLoadTimeoutSeconds";
    public static final int DEFAULT_CLUSTER_LOAD_TIMEOUT_SECONDS = 60;
    public static final int MIN_CLUSTER_LOAD_TIMEOUT_SECONDS = 5;
    public static final int MAX_CLUSTER_LOAD_TIMEOUT_SECONDS = 3600;
    /** The provisioning a new volume starts with: {@code THIN_PROVISIONED} or {@code THICK_PROVISIONED}. */
    public static final String DEFAULT_VOLUME_TYPE = "defaultVolumeType";
    public static final VolumeType DEFAULT_PROVISIONING = VolumeType.THIN_PROVISIONED;
    /** The size in GiB a new volume starts with: a whole number of 8 GiB allocation units. */
    public static final String DEFAULT_VOLUME_SIZE_GIB = "defaultVolumeSizeGib";
    public static final int DEFAULT_SIZE_GIB = 16;
    /** Whether deleting asks for confirmation first. */
    public static final String CONFIRM_DELETE = "confirmDelete";
    public static final boolean DEFAULT_CONFIRM_DELETE = true;
    /** Whether the console connects the saved gateways when it starts. */
    public static final String RECONNECT_AT_START = "reconnectAtStart";
    public static final boolean DEFAULT_RECONNECT_AT_START = true;

    private ConsolePreferences() {
    }

    public static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }

    public static int refreshIntervalSeconds() {
        int seconds = service().getInt(NODE, REFRESH_INTERVAL_SECONDS, DEFAULT_REFRESH_INTERVAL_SECONDS, null);
        return seconds <= 0 ? 0 : Math.clamp(seconds, MIN_REFRESH_INTERVAL_SECONDS, MAX_REFRESH_INTERVAL_SECONDS);
    }

    /** The statistics interval; a value stored out of bounds by other means counts as the default. */
    public static Duration statisticsInterval() {
        int seconds = service().getInt(NODE, STATISTICS_INTERVAL_SECONDS, DEFAULT_STATISTICS_INTERVAL_SECONDS, null);
        return Duration.ofSeconds(statisticsIntervalProblem(seconds) == null ? seconds
            : DEFAULT_STATISTICS_INTERVAL_SECONDS);
    }

    /** Why a statistics interval cannot be used, in a sentence, or {@code null} if it can. */
    public static String statisticsIntervalProblem(int seconds) {
        if (seconds >= MIN_STATISTICS_INTERVAL_SECONDS && seconds <= MAX_STATISTICS_INTERVAL_SECONDS) {
            return null;
        }
        return "The statistics interval must be from " + MIN_STATISTICS_INTERVAL_SECONDS + " to "
            + MAX_STATISTICS_INTERVAL_SECONDS + " seconds; " + seconds + " seconds is not allowed.";
    }

    /**
     * Stores the statistics interval, which pollers use from their next tick.
     *
     * @throws IllegalArgumentException for a value out of bounds, saying which bounds; nothing is stored then
     */
    public static void setStatisticsInterval(int seconds) {
        String problem = statisticsIntervalProblem(seconds);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        node().putInt(STATISTICS_INTERVAL_SECONDS, seconds);
    }

    /** The read timeout of every gateway call but the whole-cluster load, within its bounds. */
    public static Duration requestTimeout() {
        int seconds = service().getInt(NODE, REQUEST_TIMEOUT_SECONDS, DEFAULT_REQUEST_TIMEOUT_SECONDS, null);
        return Duration.ofSeconds(Math.clamp(seconds, MIN_REQUEST_TIMEOUT_SECONDS, MAX_REQUEST_TIMEOUT_SECONDS));
    }

    /** The read timeout of the whole-cluster load, within its bounds. */
    public static Duration clusterLoadTimeout() {
        int seconds = service().getInt(NODE, CLUSTER_LOAD_TIMEOUT_SECONDS, DEFAULT_CLUSTER_LOAD_TIMEOUT_SECONDS, null);
        return Duration.ofSeconds(Math.clamp(seconds, MIN_CLUSTER_LOAD_TIMEOUT_SECONDS,
            MAX_CLUSTER_LOAD_TIMEOUT_SECONDS));
    }

    public static VolumeType defaultVolumeType() {
        String value = service().getString(NODE, DEFAULT_VOLUME_TYPE, DEFAULT_PROVISIONING.name(), null);
        return VolumeType.THICK_PROVISIONED.name().equals(value) ? VolumeType.THICK_PROVISIONED
            : VolumeType.THIN_PROVISIONED;
    }

    /** The New Volume wizard's size; a value stored by other means is rounded up to 8 GiB, or ignored if invalid. */
    public static long defaultVolumeSizeGib() {
        int gib = service().getInt(NODE, DEFAULT_VOLUME_SIZE_GIB, DEFAULT_SIZE_GIB, null);
        return gib <= 0 || gib > VolumeRules.MAX_SIZE_GIB ? DEFAULT_SIZE_GIB : VolumeRules.allocatedGib(gib);
    }

    public static boolean confirmDelete() {
        return service().getBoolean(NODE, CONFIRM_DELETE, DEFAULT_CONFIRM_DELETE, null);
    }

    public static boolean reconnectAtStart() {
        return service().getBoolean(NODE, RECONNECT_AT_START, DEFAULT_RECONNECT_AT_START, null);
    }

    private static IPreferencesService service() {
        return Platform.getPreferencesService();
    }
}
