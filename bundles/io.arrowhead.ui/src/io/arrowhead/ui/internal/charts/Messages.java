package io.arrowhead.ui.internal.charts;

import org.eclipse.osgi.util.NLS;

/** The user-visible text of the charts, from messages.properties beside this class. */
public final class Messages extends NLS {

    public static String LiveChart_name;
    public static String LiveChart_lineValue;
    public static String LiveChart_noData;
    public static String LiveChart_noValue;
    public static String LiveChart_historyLengths;
    public static String LiveChart_badWindow;
    public static String LiveChart_window1;
    public static String LiveChart_window5;
    public static String LiveChart_window15;
    public static String LiveChart_window60;
    public static String LiveChart_pause;
    public static String LiveChart_resume;
    public static String LiveChart_exportCsv;
    public static String LiveChart_exportPng;
    public static String LiveChart_exportTitle;
    public static String LiveChart_exportJob;
    public static String LiveChart_exportFailedTitle;
    public static String LiveChart_exportFailed;
    public static String LiveChart_keys;
    public static String CapacityBar_name;
    public static String CapacityBar_nameEmpty;
    public static String CapacityBar_overProvisioned;
    public static String CapacityBar_physical;

    static {
        NLS.initializeMessages("io.arrowhead.ui.internal.charts.messages", Messages.class);
    }

    private Messages() {
    }
}
