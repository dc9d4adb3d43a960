package io.arrowhead.core;

import io.arrowhead.scaleio.client.UntrustedCertificateException;

/**
 * Asks the user about a gateway certificate. The core calls it from a job thread and waits for the answer, so an
 * implementation may block on a dialog but must never be called on the UI thread. The flow follows Apache Directory
 * Studio: the permanent store is checked first, then the session store, and only then the user.
 */
public interface CertificateTrustCallback {

    /** The certificate is unknown (or names another host); the user decides whether to trust it. */
    TrustDecision decide(String gatewayUrl, UntrustedCertificateException certificate);

    /** The certificate no longer matches its pin; the connection has been refused. Only informs the user. */
    void pinMismatch(String gatewayUrl, UntrustedCertificateException certificate);

    /** Refuses every certificate that is not already trusted, for headless use. */
    CertificateTrustCallback REFUSE = new CertificateTrustCallback() {
        @Override
        public TrustDecision decide(String gatewayUrl, UntrustedCertificateException certificate) {
            return TrustDecision.REJECT;
        }

        @Override
        public void pinMismatch(String gatewayUrl, UntrustedCertificateException certificate) {
        }
    };
}
