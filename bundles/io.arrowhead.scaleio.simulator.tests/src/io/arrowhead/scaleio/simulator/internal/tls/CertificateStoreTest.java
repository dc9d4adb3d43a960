package io.arrowhead.scaleio.simulator.internal.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.simulator.ScratchDirectory;

class CertificateStoreTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final ScratchDirectory scratch = new ScratchDirectory();
    private final Path dataDirectory = scratch.path();

    @AfterEach
    void deleteScratch() throws IOException {
        scratch.close();
    }

    private ServerIdentity load(Instant now, String bindAddress) throws IOException {
        return new CertificateStore(dataDirectory, Clock.fixed(now, ZoneOffset.UTC))
                .loadOrCreate(SubjectAltNames.forBindAddress(bindAddress));
    }

    @Test
    void generatesAValidSelfSignedServerCertificate() throws Exception {
        X509Certificate certificate = load(NOW, "127.0.0.1").certificate();
        certificate.verify(certificate.getPublicKey());
        assertEquals(3, certificate.getVersion());
        assertEquals("SHA256withECDSA", certificate.getSigAlgName());
        assertEquals("1.2.840.10045.4.3.2", certificate.getSigAlgOID());
        assertEquals("EC", certificate.getPublicKey().getAlgorithm());
        assertEquals("CN=Arrowhead ScaleIO Simulator,O=Arrowhead", certificate.getSubjectX500Principal().getName());
        assertEquals(certificate.getSubjectX500Principal(), certificate.getIssuerX500Principal());
        assertTrue(certificate.getSerialNumber().signum() > 0);
        assertEquals(NOW.minus(Duration.ofDays(1)), certificate.getNotBefore().toInstant());
        assertEquals(NOW.plus(Duration.ofDays(825)), certificate.getNotAfter().toInstant());
        assertTrue(certificate.getSubjectAlternativeNames().containsAll(
                List.of(List.of(2, "localhost"), List.of(7, "127.0.0.1"))));
        assertEquals(-1, certificate.getBasicConstraints()); // not a CA
        assertTrue(certificate.getCriticalExtensionOIDs().containsAll(List.of("2.5.29.19", "2.5.29.15")));
        boolean[] keyUsage = certificate.getKeyUsage();
        assertTrue(keyUsage[0]);
        for (int bit = 1; bit < keyUsage.length; bit++) {
            assertFalse(keyUsage[bit], "key usage bit " + bit);
        }
        assertEquals(List.of("1.3.6.1.5.5.7.3.1"), certificate.getExtendedKeyUsage());
    }

    @Test
    void reusesTheStoredPairOnTheNextStart() throws Exception {
        ServerIdentity first = load(NOW, "127.0.0.1");
        ServerIdentity second = load(NOW.plus(Duration.ofDays(30)), "127.0.0.1");
        assertEquals(first.certificate(), second.certificate());
        assertEquals(first.fingerprint(), second.fingerprint());
        assertEquals(dataDirectory.resolve(CertificateStore.CERTIFICATE_FILE), second.certificateFile());
    }

    @Test
    void regeneratesWhenAFileIsMissingOrCorrupt() throws Exception {
        X509Certificate first = load(NOW, "127.0.0.1").certificate();
        Files.delete(dataDirectory.resolve(CertificateStore.KEY_FILE));
        X509Certificate second = load(NOW, "127.0.0.1").certificate();
        assertNotEquals(first, second);
        Files.writeString(dataDirectory.resolve(CertificateStore.CERTIFICATE_FILE), "not a certificate");
        assertNotEquals(second, load(NOW, "127.0.0.1").certificate());
    }

    @Test
    void regeneratesWhenExpired() throws Exception {
        X509Certificate first = load(NOW, "127.0.0.1").certificate();
        Instant later = NOW.plus(Duration.ofDays(826));
        X509Certificate renewed = load(later, "127.0.0.1").certificate();
        assertNotEquals(first, renewed);
        renewed.checkValidity(Date.from(later));
    }

    @Test
    void regeneratesWhenTheBindHostIsNotNamed() throws Exception {
        X509Certificate loopback = load(NOW, "127.0.0.1").certificate();
        X509Certificate named = load(NOW, "gateway.lab.example").certificate();
        assertNotEquals(loopback, named);
        assertTrue(named.getSubjectAlternativeNames().contains(List.of(2, "gateway.lab.example")));
        X509Certificate byAddress = load(NOW, "10.1.2.3").certificate();
        assertTrue(byAddress.getSubjectAlternativeNames().contains(List.of(7, "10.1.2.3")));
        assertEquals(byAddress, load(NOW, "localhost").certificate()); // localhost is always named
    }

    @Test
    void keepsThePrivateKeyReadableByTheOwnerOnly() throws Exception {
        load(NOW, "127.0.0.1");
        Path key = dataDirectory.resolve(CertificateStore.KEY_FILE);
        assertTrue(Files.readString(key).startsWith("-----BEGIN PRIVATE KEY-----\n"));
        if (key.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        }
        assertTrue(Files.readString(dataDirectory.resolve(CertificateStore.CERTIFICATE_FILE))
                .startsWith("-----BEGIN CERTIFICATE-----\n"));
    }

    @Test
    void fingerprintsWithUpperCaseHexPairs() throws Exception {
        ServerIdentity identity = load(NOW, "127.0.0.1");
        String fingerprint = identity.fingerprint();
        assertTrue(fingerprint.matches("([0-9A-F]{2}:){31}[0-9A-F]{2}"), fingerprint);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.certificate().getEncoded());
        assertEquals(HexFormat.of().formatHex(digest), fingerprint.replace(":", "").toLowerCase());
    }
}
