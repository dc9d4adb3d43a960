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
    public static String ConsolePreferencePage_statisticsInterval;
    public static String ConsolePreferencePage_statisticsIntervalRange;
    public static String ConsolePreferencePage_clusterLoadTimeout;
    public static String ConsolePreferencePage_clusterLoadTimeoutRange;
    public static String ConsolePreferencePage_reconnectAtStart;
    public static String RefreshIntervalFieldEditor_label;
    public static String RefreshIntervalFieldEditor_range;
    public static String StorageProfilesPage_description;
    public static String StorageProfilesPage_add;
    public static String StorageProfilesPage_edit;
    public static String StorageProfilesPage_remove;
    public static String StorageProfilesPage_taken;
    public static String StorageProfilesPage_name;
    public static String StorageProfilesPage_placement;
    public static String StorageProfilesPage_provisioning;
    public static String StorageProfilesPage_thin;
    public static String StorageProfilesPage_thick;
    public static String StorageProfilesPage_size;
    public static String StorageProfilesPage_gib;
    public static String StorageProfilesPage_iops;
    public static String StorageProfilesPage_bandwidth;
    public static String StorageProfilesPage_mibps;
    public static String StorageProfilesPage_unlimited;
    public static String StorageProfilesPage_filesystem;
    public static String StorageProfilesPage_poolOf;
    public static String StorageProfilesPage_anyPool;
    public static String StorageProfileDialog_addTitle;
    public static String StorageProfileDialog_editTitle;
    public static String StorageProfileDialog_message;
    public static String StorageProfileDialog_name;
    public static String StorageProfileDialog_domain;
    public static String StorageProfileDialog_anyPool;
    public static String StorageProfileDialog_pool;
    public static String StorageProfileDialog_noPool;
    public static String StorageProfileDialog_provisioning;
    public static String StorageProfileDialog_thin;
    public static String StorageProfileDialog_thick;
    public static String StorageProfileDialog_size;
    public static String StorageProfileDialog_iops;
    public static String StorageProfileDialog_iopsWhat;
    public static String StorageProfileDialog_bandwidth;
    public static String StorageProfileDialog_bandwidthWhat;
    public static String StorageProfileDialog_filesystem;

    static {
        NLS.initializeMessages("io.arrowhead.ui.internal.preferences.messages", Messages.class);
    }

    private Messages() {
    }
}
