package io.arrowhead.ui.internal.secrets;

import org.eclipse.osgi.util.NLS;

import io.arrowhead.core.MasterPasswordRequest;
import io.arrowhead.core.SecretPurpose;

/** The sentences of {@link MasterPasswordDialog} that depend on what secure storage asks for. */
final class MasterPasswordTexts {

    private MasterPasswordTexts() {
    }

    /** The sentence that says what the password is needed for now, naming the gateway or host. */
    static String purpose(MasterPasswordRequest request) {
        SecretPurpose purpose = request.purposeOrNull();
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
    static String instruction(MasterPasswordRequest request) {
        if (request.wrongBefore()) {
            return Messages.MasterPasswordDialog_wrongPassword;
        }
        return request.newPassword() ? Messages.MasterPasswordDialog_choose : Messages.MasterPasswordDialog_enter;
    }
}
