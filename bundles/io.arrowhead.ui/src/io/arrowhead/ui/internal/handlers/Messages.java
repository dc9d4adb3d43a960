package io.arrowhead.ui.internal.handlers;

import org.eclipse.osgi.util.NLS;

/** The user-visible text of this package, from messages.properties beside it, so that the console can be translated. */
public final class Messages extends NLS {

    public static String DeleteVolumesHandler_differentGateways;
    public static String DeleteVolumesHandler_gone;
    public static String NewVolumeHandler_noGateway;
    public static String ShowPropertiesHandler_failed;
    public static String TakeSnapshotHandler_title;
    public static String RemoveGatewayHandler_title;
    public static String RemoveGatewayHandler_one;
    public static String RemoveGatewayHandler_several;
    public static String RemoveGatewayHandler_question;
    public static String RemoveGatewayHandler_remove;
    public static String RemoveGatewayHandler_job;
    public static String RemoveGatewayHandler_passwordKept;
    public static String RenameHandler_volumeTitle;
    public static String RenameHandler_sdcTitle;
    public static String RenameHandler_gatewayTitle;
    public static String RenameHandler_volumeName;
    public static String RenameHandler_sdcAt;
    public static String RenameHandler_sdcNamed;
    public static String RenameHandler_sdcName;
    public static String RenameHandler_gatewayNameMissing;
    public static String RenameHandler_gatewayNameTaken;
    public static String RenameHandler_gatewayName;
    public static String RenameHandler_gatewayFailed;

    static {
        NLS.initializeMessages("io.arrowhead.ui.internal.handlers.messages", Messages.class);
    }

    private Messages() {
    }
}
