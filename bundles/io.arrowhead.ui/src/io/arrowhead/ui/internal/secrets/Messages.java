package io.arrowhead.ui.internal.secrets;

import org.eclipse.osgi.util.NLS;

/** The user-visible text of this package, from messages.properties beside it, so that the console can be translated. */
public final class Messages extends NLS {

    public static String MasterPasswordDialog_title;
    public static String MasterPasswordDialog_explanation;
    public static String MasterPasswordDialog_anyPurpose;
    public static String MasterPasswordDialog_connectGateway;
    public static String MasterPasswordDialog_saveGatewayPassword;
    public static String MasterPasswordDialog_connectHost;
    public static String MasterPasswordDialog_saveHostSecret;
    public static String MasterPasswordDialog_enter;
    public static String MasterPasswordDialog_choose;
    public static String MasterPasswordDialog_wrongPassword;
    public static String MasterPasswordDialog_password;
    public static String MasterPasswordDialog_confirm;
    public static String MasterPasswordDialog_empty;
    public static String MasterPasswordDialog_mismatch;

    static {
        NLS.initializeMessages("io.arrowhead.ui.internal.secrets.messages", Messages.class);
    }

    private Messages() {
    }
}
