package io.arrowhead.ui.model;

import org.eclipse.osgi.util.NLS;

/** The user-visible text of this package, from messages.properties beside it, so that the console can be translated. */
public final class Messages extends NLS {

    public static String FolderNode_protectionDomains;
    public static String FolderNode_sdcs;
    public static String FolderNode_sdss;

    static {
        NLS.initializeMessages("io.arrowhead.ui.model.messages", Messages.class);
    }

    private Messages() {
    }
}
