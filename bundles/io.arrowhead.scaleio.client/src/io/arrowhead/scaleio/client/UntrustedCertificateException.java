package io.arrowhead.scaleio.client;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/**
 * The gateway's certificate was refused. It carries what a user needs to decide whether to pin it: the chain, the
 * leaf's SHA-256 fingerprint, subject, issuer and validity.
 */
public class UntrustedCertificateException extends GatewayClientException {

    /** Why the certificate was refused. */
    public enum Reason {
        /** The platform's trust store does not vouch for the chain (typically: self-signed). */
        UNTRUSTED,
        /** The leaf is not the pinned certificate; see {@link UntrustedCertificateException#expectedFingerprint()}. */
        PIN_MISMATCH,
        /** The chain is trusted but does not name the gateway host. */
        HOSTNAME_MISMATCH
    }

    private static final long serialVersionUID = 1L;

    private final Reason reason;
    private final List<X509Certificate> chain;
    private final String expectedFingerprint;

    /**
     * @param chain the presented chain, leaf first; not empty
     * @param expectedFingerprint the pinned fingerprint for {@link Reason#PIN_MISMATCH}, otherwise {@code null}
     */
    public UntrustedCertificateException(GatewayEndpoint endpoint, Reason reason, List<X509Certificate> chain,
            String expectedFingerprint, Throwable cause) {
        super(endpoint, describe(endpoint, reason, leafOf(chain), expectedFingerprint), cause);
        this.reason = reason;
        this.chain = List.copyOf(chain);
        this.expectedFingerprint = expectedFingerprint;
    }

    private static X509Certificate leafOf(List<X509Certificate> chain) {
        if (chain == null || chain.isEmpty()) {
            throw new IllegalArgumentException("An untrusted certificate exception needs the presented chain.");
        }
        return chain.get(0);
    }

    private static String describe(GatewayEndpoint endpoint, Reason reason, X509Certificate leaf, String expected) {
        String fingerprint = CertificateFingerprint.sha256(leaf);
        String subject = leaf.getSubjectX500Principal().getName();
        return switch (reason) {
            case UNTRUSTED -> "The gateway's certificate is not trusted (" + subject + ", SHA-256 " + fingerprint + ")";
            case PIN_MISMATCH -> "The gateway presented the certificate " + fingerprint + " (" + subject
                    + "), not the pinned " + expected;
            case HOSTNAME_MISMATCH -> "The gateway's certificate (" + subject + ") is not issued for the host "
                    + endpoint.host();
        };
    }

    public Reason reason() {
        return reason;
    }

    /** The presented chain, leaf first. */
    public List<X509Certificate> chain() {
        return chain;
    }

    /** The pinned fingerprint the leaf did not match, or {@code null} unless {@link Reason#PIN_MISMATCH}. */
    public String expectedFingerprint() {
        return expectedFingerprint;
    }

    /** The leaf's fingerprint in {@link CertificateFingerprint} canonical form: the value to pin. */
    public String sha256Fingerprint() {
        return CertificateFingerprint.sha256(leaf());
    }

    public String subject() {
        return leaf().getSubjectX500Principal().getName();
    }

    public String issuer() {
        return leaf().getIssuerX500Principal().getName();
    }

    public Instant notBefore() {
        return leaf().getNotBefore().toInstant();
    }

    public Instant notAfter() {
        return leaf().getNotAfter().toInstant();
    }

    private X509Certificate leaf() {
        return chain.get(0);
    }
}
