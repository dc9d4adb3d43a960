package io.arrowhead.scaleio.client;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * SHA-256 certificate fingerprints in one canonical form: upper-case hex pairs joined by colons, as browsers and
 * {@code keytool -list -v} show them ({@code "AB:01:..."}).
 */
public final class CertificateFingerprint {

    private static final HexFormat CANONICAL = HexFormat.ofDelimiter(":").withUpperCase();
    private static final Pattern SEPARATORS = Pattern.compile("[\\s:]");
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");

    private CertificateFingerprint() {
    }

    /** The SHA-256 fingerprint of the certificate's DER encoding. */
    public static String sha256(X509Certificate certificate) {
        try {
            return CANONICAL.formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("The certificate cannot be encoded: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256.", e);
        }
    }

    /**
     * Brings a fingerprint that a user typed or pasted into canonical form.
     *
     * @throws IllegalArgumentException if it is not 64 hex digits once colons and spaces are removed
     */
    public static String normalize(String fingerprint) {
        if (fingerprint == null) {
            throw new IllegalArgumentException("Enter the SHA-256 fingerprint of the gateway certificate.");
        }
        String digits = SEPARATORS.matcher(fingerprint).replaceAll("");
        if (!SHA256_HEX.matcher(digits).matches()) {
            throw new IllegalArgumentException("'" + fingerprint.strip() + "' is not a SHA-256 fingerprint: expected 64 "
                    + "hexadecimal digits, optionally in pairs separated by colons.");
        }
        return CANONICAL.formatHex(HexFormat.of().parseHex(digits));
    }
}
