package io.arrowhead.ui.internal.wizards;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.CertificateTrustCallback;
import io.arrowhead.core.TrustDecision;
import io.arrowhead.scaleio.client.UntrustedCertificateException;

/**
 * Asks the user about gateway certificates. The core calls it from job threads and waits, so each question is put to
 * the UI thread with {@code syncExec}. Questions are asked one at a time, so that two gateways connecting at once do
 * not stack their dialogs.
 */
public final class UiTrustCallback implements CertificateTrustCallback {

    public static final String PIN_MISMATCH_TITLE = "Certificate Changed";

    private final Display display;

    public UiTrustCallback(Display display) {
        this.display = Objects.requireNonNull(display);
    }

    /** Makes the console's gateway connections ask through dialogs on this display. */
    public static void install(Display display) {
        ArrowheadCore.connections().setTrustCallback(new UiTrustCallback(display));
    }

    @Override
    public synchronized TrustDecision decide(String gatewayUrl, UntrustedCertificateException certificate) {
        AtomicReference<TrustDecision> decision = new AtomicReference<>(TrustDecision.REJECT);
        onUiThread(() -> {
            CertificateTrustDialog dialog = new CertificateTrustDialog(parentShell(), gatewayUrl, certificate);
            dialog.open();
            decision.set(dialog.decision());
        });
        return decision.get();
    }

    @Override
    public synchronized void pinMismatch(String gatewayUrl, UntrustedCertificateException certificate) {
        String expected = certificate.expectedFingerprint();
        String message = "The gateway " + gatewayUrl + " presented a different certificate than the one trusted "
            + "before, so the connection was refused.\n\n"
            + "Trusted (expected):\n" + (expected == null ? "(not known)" : expected) + "\n\n"
            + "Presented:\n" + certificate.sha256Fingerprint() + "\n" + certificate.subject() + "\n\n"
            + "A renewed gateway certificate looks like this, but so does someone intercepting the connection. "
            + "Ask the gateway's administrator for the new fingerprint. If it matches, choose Edit Gateway…, "
            + "select \"Forget the trusted certificate\" and connect again to review the new one; or remove the "
            + "gateway and add it again.";
        onUiThread(() -> MessageDialog.openWarning(parentShell(), PIN_MISMATCH_TITLE, message));
    }

    /** Runs on the UI thread and waits; does nothing once the display is gone, which leaves the answer REJECT. */
    private void onUiThread(Runnable dialog) {
        if (display.isDisposed()) {
            return;
        }
        try {
            display.syncExec(dialog);
        } catch (SWTException e) {
            if (!display.isDisposed()) {
                throw e;
            }
        }
    }

    private Shell parentShell() {
        Shell active = display.getActiveShell();
        if (active != null) {
            return active;
        }
        for (Shell shell : display.getShells()) {
            if (shell.isVisible()) {
                return shell;
            }
        }
        return null;
    }
}
