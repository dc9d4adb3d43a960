package io.arrowhead.ui.internal.operations;

import org.eclipse.osgi.util.NLS;

/** The user-visible text of this package, from messages.properties beside it, so that the console can be translated. */
public final class Messages extends NLS {

    public static String Operations_when;
    public static String Operations_who;
    public static String Operations_what;
    public static String Operations_volume;
    public static String Operations_hosts;
    public static String Operations_outcome;
    public static String Operations_duration;
    public static String Operations_running;
    public static String Operations_filter;
    public static String Operations_filterHint;
    public static String Operations_steps;
    public static String Operations_step;
    public static String Operations_stepOutcome;
    public static String Operations_detail;
    public static String Operations_message;
    public static String Operations_volumeAndDocker;
    public static String Operations_millis;
    public static String Operations_seconds;
    public static String Operations_minutes;
    public static String Operations_openLog;
    public static String Operations_openLogTooltip;
    public static String Operations_noLogYet;
    public static String Operations_openFailed;
    public static String Operations_loading;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
