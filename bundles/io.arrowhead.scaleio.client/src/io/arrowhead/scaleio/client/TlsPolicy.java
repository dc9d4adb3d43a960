package io.arrowhead.scaleio.client;

/**
 * How the client decides whether to trust the gateway's TLS certificate.
 * <p>
 * Gateways usually run with a self-signed certificate, so besides the platform's trust store a user can pin the
 * SHA-256 fingerprint of the certificate the gateway presents, after checking it, or explicitly turn verification
 * off. Verification is never off by default.
 */
public sealed interface TlsPolicy {

    /** Trust what the Java platform trusts, and check that the certificate names the gateway host. */
    static TlsPolicy systemTrust() {
        return new SystemTrust();
    }

    /**
     * Trust exactly the leaf certificate with this SHA-256 fingerprint.
     *
     * @param sha256Fingerprint 64 hex digits in any case, with or without colons or spaces
     * @throws IllegalArgumentException if the text is not a SHA-256 fingerprint
     */
    static TlsPolicy pinned(String sha256Fingerprint) {
        return new Pinned(sha256Fingerprint);
    }

    /** Trust any certificate. Only for throw-away lab gateways; prefer {@link #pinned(String)}. */
    static TlsPolicy insecure() {
        return new Insecure();
    }

    /** The platform's trust store and host name check. */
    record SystemTrust() implements TlsPolicy {
    }

    /** One pinned leaf certificate; {@code fingerprint} is kept in {@link CertificateFingerprint} canonical form. */
    record Pinned(String fingerprint) implements TlsPolicy {

        public Pinned {
            fingerprint = CertificateFingerprint.normalize(fingerprint);
        }
    }

    /** No verification at all. */
    record Insecure() implements TlsPolicy {
    }
}
