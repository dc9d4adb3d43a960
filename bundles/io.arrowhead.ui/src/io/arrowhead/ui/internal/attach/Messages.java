package io.arrowhead.ui.internal.attach;

import org.eclipse.osgi.util.NLS;

/** The user-visible text of this package, from messages.properties beside it, so that the console can be translated. */
public final class Messages extends NLS {

    public static String Rule_noSdc;
    public static String Rule_unreachable;
    public static String Rule_unreachableBecause;
    public static String Rule_hostKeyChanged;
    public static String Rule_hostKeyUntrusted;
    public static String Rule_loginRefused;
    public static String Rule_sdcUnknown;
    public static String Rule_otherCluster;
    public static String Rule_notConnected;
    public static String Rule_gone;
    public static String Rule_alreadyAttached;
    public static String Rule_mappedElsewhere;
    public static String Rule_sameHost;
    public static String Rule_inUse;
    public static String Rule_nameTaken;
    public static String Rule_onlyOneDockerVolume;
    public static String Rule_unknownGateway;
    public static String Attach_title;
    public static String Attach_message;
    public static String Attach_messageSeveral;
    public static String Attach_host;
    public static String Attach_name;
    public static String Attach_names;
    public static String Attach_filesystem;
    public static String Attach_profile;
    public static String Attach_noProfile;
    public static String Attach_profileChoice;
    public static String Attach_unlimited;
    public static String Attach_neverFormats;
    public static String Attach_attach;
    public static String Attach_failedTitle;
    public static String Attach_failedSummary;
    public static String Attach_allDone;
    public static String Attach_differentGateways;
    public static String Attach_noHosts;
    public static String Choose_title;
    public static String Choose_attach;
    public static String Choose_move;
    public static String Choose_noOtherHost;
    public static String Move_title;
    public static String Move_confirm;
    public static String Move_move;
    public static String Move_refused;
    public static String Detach_title;
    public static String Detach_confirm;
    public static String Detach_deleteVolume;
    public static String Detach_detach;
    public static String Detach_refused;

    static {
        NLS.initializeMessages("io.arrowhead.ui.internal.attach.messages", Messages.class);
    }

    private Messages() {
    }
}
