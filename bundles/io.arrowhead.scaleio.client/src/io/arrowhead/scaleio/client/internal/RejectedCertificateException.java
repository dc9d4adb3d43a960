package io.arrowhead.scaleio.client.internal;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;

import io.arrowhead.scaleio.client.UntrustedCertificateException.Reason;

/**
 * Thrown by the client's trust managers so that the presented chain survives the TLS stack, which wraps it in an
 * {@link javax.net.ssl.SSLHandshakeException}.
 */
final class RejectedCertificateException extends CertificateException {

    private static final long serialVersionUID = 1L;

    private final Reason reason;
    private final transient List<X509Certificate> chain;
    private final String expectedFingerprint;

    RejectedCertificateException(Reason reason, X509Certificate[] chain, String expectedFingerprint, Throwable cause) {
        super("Certificate rejected: " + reason, cause);
        this.reason = reason;
        this.chain = List.of(chain);
        this.expectedFingerprint = expectedFingerprint;
    }

    Reason reason() {
        return reason;
    }

    List<X509Certificate> chain() {
        return chain;
    }

    String expectedFingerprint() {
        return expectedFingerprint;
    }
}
