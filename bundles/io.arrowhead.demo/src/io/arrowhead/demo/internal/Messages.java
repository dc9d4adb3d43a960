package io.arrowhead.demo.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible text of the demo, from messages.properties beside it, so that the console can be translated. */
public final class Messages extends NLS {

    public static String ResetDemoHandler_title;
    public static String ResetDemoHandler_question;
    public static String ResetDemoHandler_reset;
    public static String DemoJob_starting;
    public static String DemoJob_resetting;
    public static String DemoJob_startFailed;
    public static String DemoJob_resetFailed;
    public static String DemoCluster_hostsFailed;
    public static String DemoReconcile_title;
    public static String DemoReconcile_notChecked;
    public static String DemoReconcile_removed;
    public static String DemoReconcile_removedWithContainers;
    public static String DemoReconcile_removeFailed;
    public static String DemoReconcile_unmapped;
    public static String DemoReconcile_unmapFailed;

    static {
        NLS.initializeMessages("io.arrowhead.demo.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
