package io.arrowhead.ui.internal.wizards;

import org.eclipse.osgi.util.NLS;
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

    public static final String PIN_MISMATCH_TITLE = Messages.UiTrustCallback_pinMismatchTitle;

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
        String message = NLS.bind(Messages.UiTrustCallback_pinMismatch, new Object[] {gatewayUrl,
            expected == null ? Messages.UiTrustCallback_notKnown : expected, certificate.sha256Fingerprint(),
            certificate.subject()});
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
