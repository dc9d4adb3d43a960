package io.arrowhead.ui.internal.performance;

import org.eclipse.osgi.util.NLS;

/** The user-visible text of this package, from messages.properties beside it, so that the console can be translated. */
public final class Messages extends NLS {

    public static String Poller_failing;
    public static String Poller_backingOff;
    public static String Poller_notConnected;
    public static String Chart_iops;
    public static String Chart_bandwidth;
    public static String Chart_latency;
    public static String Chart_rebuild;
    public static String Line_read;
    public static String Line_write;
    public static String Line_rebuild;
    public static String Line_rebalance;
    public static String Line_qosLimit;
    public static String Page_performance;
    public static String Page_title;
    public static String Page_interval;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
