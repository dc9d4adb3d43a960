package io.arrowhead.app.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible text of the application bundle's welcome page, from messages.properties beside it. */
final class Messages extends NLS {

    public static String Welcome_title;
    public static String Welcome_about;
    public static String Welcome_explorer;
    public static String Welcome_addGateway;
    public static String Welcome_volumes;
    public static String Welcome_start;

    static {
        NLS.initializeMessages("io.arrowhead.app.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
