package io.arrowhead.ui.internal.startup;

import org.eclipse.osgi.util.NLS;

/** The user-visible text of this package, from messages.properties beside it, so that the console can be translated. */
public final class Messages extends NLS {

    public static String ReconnectAtStart_job;

    static {
        NLS.initializeMessages("io.arrowhead.ui.internal.startup.messages", Messages.class);
    }

    private Messages() {
    }
}
