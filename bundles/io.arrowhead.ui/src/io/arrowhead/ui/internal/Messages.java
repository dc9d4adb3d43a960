package io.arrowhead.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible text of this package, from messages.properties beside it, so that the console can be translated. */
public final class Messages extends NLS {

    public static String Formats_yes;
    public static String Formats_no;
    public static String Formats_thin;
    public static String Formats_thick;
    public static String Formats_snapshot;
    public static String Formats_unknown;
    public static String Formats_unlimited;
    public static String Formats_iops;
    public static String Formats_mbps;
    public static String Formats_readWrite;
    public static String Formats_readOnly;
    public static String Formats_noAccess;
    public static String Formats_connected;
    public static String Formats_disconnected;
    public static String Formats_os;
    public static String Formats_count;
    public static String Formats_volume;
    public static String Formats_volumes;
    public static String Formats_snapshotWord;
    public static String Formats_snapshots;
    public static String Formats_volumesAndSnapshots;
    public static String Formats_perSecond;
    public static String Statistics_connectFirst;
    public static String Statistics_job;
    public static String Target_system;
    public static String Target_domain;
    public static String Target_pool;
    public static String Target_volume;
    public static String Target_sdc;
    public static String Target_sds;
    public static String Target_device;

    static {
        NLS.initializeMessages("io.arrowhead.ui.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
