package io.arrowhead.scaleio.simulator.internal.tls;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The simulator's TLS identity as stored in its data directory.
 *
 * @param certificateFile the PEM file of the certificate, for {@code curl --cacert} and for trust stores
 */
public record ServerIdentity(PrivateKey privateKey, X509Certificate certificate, Path certificateFile) {

    /** The in-memory key store only lives inside the SSLContext; its password protects nothing. */
    private static final char[] KEY_STORE_PASSWORD = "simulator".toCharArray();

    /** A server-side context presenting this certificate; the server socket restricts it to TLS 1.3 and 1.2. */
    public SSLContext sslContext() throws GeneralSecurityException {
        try {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(null, null);
            keyStore.setKeyEntry("simulator", privateKey, KEY_STORE_PASSWORD, new Certificate[] { certificate });
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(keyStore, KEY_STORE_PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers.getKeyManagers(), null, null);
            return context;
        } catch (IOException e) {
            throw new GeneralSecurityException("Cannot build the in-memory key store", e);
        }
    }

    /** The SHA-256 fingerprint as browsers and {@code openssl x509 -fingerprint -sha256} show it: {@code AB:CD:...}. */
    public String fingerprint() {
        return fingerprint(certificate);
    }

    public static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (CertificateEncodingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint the certificate", e);
        }
    }
}
