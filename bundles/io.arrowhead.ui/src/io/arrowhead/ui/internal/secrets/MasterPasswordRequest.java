package io.arrowhead.ui.internal.secrets;

import org.eclipse.osgi.util.NLS;

import io.arrowhead.core.SecretPurpose;

/**
 * What a master-password prompt asks for: a new password (with confirmation) or the existing one, whether the last
 * one given was wrong, and what Arrowhead wants secure storage for (null when nothing in particular).
 */
record MasterPasswordRequest(boolean newPassword, boolean lastPasswordWrong, SecretPurpose purpose) {

    /** The sentence that says what the password is needed for now, naming the gateway or host. */
    String purposeText() {
        if (purpose == null) {
            return Messages.MasterPasswordDialog_anyPurpose;
        }
        String template = switch (purpose.kind()) {
            case CONNECT_GATEWAY -> Messages.MasterPasswordDialog_connectGateway;
            case SAVE_GATEWAY_PASSWORD -> Messages.MasterPasswordDialog_saveGatewayPassword;
            case CONNECT_HOST -> Messages.MasterPasswordDialog_connectHost;
            case SAVE_HOST_SECRET -> Messages.MasterPasswordDialog_saveHostSecret;
        };
        return NLS.bind(template, purpose.subject());
    }

    /** What to do: choose a new password, enter the existing one, or try again after a wrong one. */
    String instruction() {
        if (lastPasswordWrong) {
            return Messages.MasterPasswordDialog_wrongPassword;
        }
        return newPassword ? Messages.MasterPasswordDialog_choose : Messages.MasterPasswordDialog_enter;
    }
}
