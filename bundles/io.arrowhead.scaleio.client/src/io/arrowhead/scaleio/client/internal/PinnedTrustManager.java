package io.arrowhead.scaleio.client.internal;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

import io.arrowhead.scaleio.client.CertificateFingerprint;
import io.arrowhead.scaleio.client.UntrustedCertificateException.Reason;

/**
 * Trusts exactly the leaf certificate with the pinned SHA-256 fingerprint, whoever issued it. Gateways usually run
 * with self-signed certificates, so pinning the one a user has checked is the way to verify them.
 */
final class PinnedTrustManager extends ServerCertificateCheck {

    private final String pinnedFingerprint;

    /** @param pinnedFingerprint in {@link CertificateFingerprint} canonical form */
    PinnedTrustManager(String pinnedFingerprint) {
        this.pinnedFingerprint = pinnedFingerprint;
    }

    @Override
    void checkServer(X509Certificate[] chain) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("The gateway presented no certificate.");
        }
        if (!CertificateFingerprint.sha256(chain[0]).equals(pinnedFingerprint)) {
            throw new RejectedCertificateException(Reason.PIN_MISMATCH, chain, pinnedFingerprint, null);
        }
    }
}
