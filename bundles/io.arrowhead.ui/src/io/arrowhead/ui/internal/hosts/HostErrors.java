package io.arrowhead.ui.internal.hosts;

import org.eclipse.osgi.util.NLS;

import io.arrowhead.hosts.HostDefinition;
import io.arrowhead.hosts.HostKeyChangedException;

/**
 * What the console says when a Docker host session fails. A changed host key names both fingerprints and how to
 * forget the old one; anything else says what the host layer said, which is a whole sentence already.
 */
public final class HostErrors {

    private HostErrors() {
    }

    /** The failure, whole, for a wizard page, a dialog or the message of a job; {@code host} may be null. */
    public static String describe(HostDefinition host, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HostKeyChangedException changed) {
                return NLS.bind(Messages.HostErrors_keyChanged, new Object[] {
                    host == null ? "" : host.displayName(), changed.getExpectedFingerprint(),
                    changed.getActualFingerprint()});
            }
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }

    /** Whether the failure is a changed host key, which only forgetting the old key can resolve. */
    public static boolean isKeyChange(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HostKeyChangedException) {
                return true;
            }
        }
        return false;
    }
}
