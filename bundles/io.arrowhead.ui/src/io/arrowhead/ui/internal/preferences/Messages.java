package io.arrowhead.ui.internal.preferences;

import org.eclipse.osgi.util.NLS;

/** The user-visible text of this package, from messages.properties beside it, so that the console can be translated. */
public final class Messages extends NLS {

    public static String ConsolePreferencePage_description;
    public static String ConsolePreferencePage_provisioning;
    public static String ConsolePreferencePage_thin;
    public static String ConsolePreferencePage_thick;
    public static String VolumeSizeFieldEditor_label;
    public static String VolumeSizeFieldEditor_range;
    public static String ConsolePreferencePage_confirmDelete;
    public static String ConsolePreferencePage_requestTimeout;
    public static String ConsolePreferencePage_requestTimeoutRange;
    public static String ConsolePreferencePage_clusterLoadTimeout;
    public static String ConsolePreferencePage_clusterLoadTimeoutRange;
    public static String ConsolePreferencePage_reconnectAtStart;
    public static String RefreshIntervalFieldEditor_label;
    public static String RefreshIntervalFieldEditor_range;

    static {
        NLS.initializeMessages("io.arrowhead.ui.internal.preferences.messages", Messages.class);
    }

    private Messages() {
    }
}
