package io.arrowhead.ui.internal.dashboard;

import org.eclipse.osgi.util.NLS;

/** The user-visible text of this package, from messages.properties beside it, so that the console can be translated. */
public final class Messages extends NLS {

    public static String Dashboard_name;
    public static String Dashboard_toolTip;
    public static String Dashboard_cannotOpen;
    public static String Dashboard_heading;
    public static String Dashboard_iops;
    public static String Dashboard_bandwidth;
    public static String Dashboard_latency;
    public static String Dashboard_rebuild;
    public static String Dashboard_rebuildLine;
    public static String Dashboard_rebalanceLine;
    public static String Dashboard_noRebuild;
    public static String Dashboard_capacity;
    public static String Dashboard_systemCapacity;
    public static String Dashboard_poolCapacity;
    public static String Dashboard_topVolumes;
    public static String Dashboard_volume;
    public static String Dashboard_iopsColumn;
    public static String Dashboard_readIops;
    public static String Dashboard_writeIops;
    public static String Dashboard_bandwidthColumn;
    public static String Capacity_thick;
    public static String Capacity_thin;
    public static String Capacity_snapshots;
    public static String Capacity_spare;
    public static String Capacity_free;
    public static String Capacity_overprovisioned;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
