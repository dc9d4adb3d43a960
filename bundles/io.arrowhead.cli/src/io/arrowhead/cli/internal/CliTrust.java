package io.arrowhead.cli.internal;

import java.util.Locale;

import io.arrowhead.core.CertificateTrustCallback;
import io.arrowhead.core.TrustDecision;
import io.arrowhead.hosts.HostDefinition;
import io.arrowhead.hosts.HostKeyCallback;
import io.arrowhead.hosts.HostKeyDecision;
import io.arrowhead.scaleio.client.CertificateFingerprint;
import io.arrowhead.scaleio.client.UntrustedCertificateException;

/**
 * Trust without a dialog: an unknown certificate or host key is pinned when it is the one {@code --trust-fingerprint}
 * names, asked about on an interactive terminal, and refused otherwise, so that the command stops and prints its
 * fingerprint. A changed certificate or host key never reaches this class: the core refuses it.
 */
final class CliTrust implements CertificateTrustCallback, HostKeyCallback {

    private final Terminal terminal;
    private final String trustedFingerprint;

    CliTrust(Terminal terminal, String trustedFingerprintOrNull) {
        this.terminal = terminal;
        this.trustedFingerprint = trustedFingerprintOrNull;
    }

    @Override
    public TrustDecision decide(String gatewayUrl, UntrustedCertificateException certificate) {
        if (certificate.reason() == UntrustedCertificateException.Reason.PIN_MISMATCH) {
            return TrustDecision.REJECT;
        }
        if (matches(certificate.sha256Fingerprint())) {
            return TrustDecision.PERMANENT;
        }
        if (trustedFingerprint == null && terminal.interactive()) {
            terminal.err().println("The certificate of " + gatewayUrl + " is not trusted by this system.");
            terminal.err().println("  Subject:     " + certificate.subject());
            terminal.err().println("  Issuer:      " + certificate.issuer());
            terminal.err().println("  SHA-256:     " + certificate.sha256Fingerprint());
            return terminal.confirm("Trust this certificate from now on?") ? TrustDecision.PERMANENT
                : TrustDecision.REJECT;
        }
        return TrustDecision.REJECT;
    }

    @Override
    public void pinMismatch(String gatewayUrl, UntrustedCertificateException certificate) {
        // Refused by the core; the failure's message says so and the command exits with TRUST_OR_LOGIN.
    }

    @Override
    public HostKeyDecision unknownHostKey(HostDefinition host, String keyType, String sha256Fingerprint) {
        if (matches(sha256Fingerprint)) {
            return HostKeyDecision.ACCEPT_PERMANENTLY;
        }
        if (trustedFingerprint == null && terminal.interactive()) {
            terminal.err().println("The host " + host.address() + " presents a " + keyType + " key no known hosts file"
                + " records: " + sha256Fingerprint);
            return terminal.confirm("Trust this host key from now on?") ? HostKeyDecision.ACCEPT_PERMANENTLY
                : HostKeyDecision.REJECT;
        }
        return HostKeyDecision.REJECT;
    }

    /** What an untrusted certificate's refusal tells the user, with the fingerprint to pin once it is checked. */
    static String describe(UntrustedCertificateException certificate) {
        String gateway = certificate.endpoint() == null ? "the gateway" : certificate.endpoint().toString();
        if (certificate.reason() == UntrustedCertificateException.Reason.PIN_MISMATCH) {
            return "The certificate of " + gateway + " changed: it is " + certificate.sha256Fingerprint()
                + ", but " + certificate.expectedFingerprint() + " is pinned. The connection was refused. If the"
                + " gateway's certificate was replaced on purpose, remove the gateway with arrowhead-cli gateway"
                + " remove NAME --forget-certificate, then add it again.";
        }
        return "The certificate of " + gateway + " is not trusted (SHA-256 " + certificate.sha256Fingerprint()
            + "). Check the fingerprint with the gateway's administrator, then run the command again with"
            + " --trust-fingerprint " + certificate.sha256Fingerprint();
    }

    /** Gateway fingerprints are hex (colons optional), host keys {@code SHA256:} and Base64, as ssh-keygen prints. */
    private boolean matches(String fingerprint) {
        if (trustedFingerprint == null || fingerprint == null) {
            return false;
        }
        String given = trustedFingerprint.strip();
        if (fingerprint.startsWith("SHA256:")) {
            return given.equals(fingerprint) || ("SHA256:" + given).equals(fingerprint);
        }
        try {
            return CertificateFingerprint.normalize(given).equals(CertificateFingerprint.normalize(fingerprint));
        } catch (IllegalArgumentException notHex) {
            return given.toUpperCase(Locale.ROOT).equals(fingerprint.toUpperCase(Locale.ROOT));
        }
    }
}
