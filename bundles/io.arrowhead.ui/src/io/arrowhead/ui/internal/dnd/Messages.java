package io.arrowhead.ui.internal.dnd;

import org.eclipse.osgi.util.NLS;

/** The user-visible text of this package, from messages.properties beside it, so that the console can be translated. */
public final class Messages extends NLS {

    public static String Drop_onlyVolumes;
    public static String Drop_otherGateway;
    public static String Drop_notConnected;
    public static String Drop_gone;
    public static String Drop_attach;
    public static String Drop_map;
    public static String Drop_move;
    public static String Drop_volumes;

    static {
        NLS.initializeMessages("io.arrowhead.ui.internal.dnd.messages", Messages.class);
    }

    private Messages() {
    }
}
