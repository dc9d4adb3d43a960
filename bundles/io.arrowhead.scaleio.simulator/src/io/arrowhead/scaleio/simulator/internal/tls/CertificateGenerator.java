package io.arrowhead.scaleio.simulator.internal.tls;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a self-signed X.509 v3 server certificate for an EC P-256 key with the JDK only: the TBSCertificate is
 * written with {@link Der}, signed with {@code SHA256withECDSA} and parsed back by the JDK's CertificateFactory,
 * which proves the encoding valid.
 */
final class CertificateGenerator {

    static final String SUBJECT = "CN=Arrowhead ScaleIO Simulator,O=Arrowhead";
    static final Duration VALIDITY = Duration.ofDays(825);

    private static final String ECDSA_WITH_SHA256 = "1.2.840.10045.4.3.2";
    private static final String COMMON_NAME = "2.5.4.3";
    private static final String ORGANIZATION = "2.5.4.10";
    private static final String KEY_USAGE = "2.5.29.15";
    private static final String SUBJECT_ALT_NAME = "2.5.29.17";
    private static final String BASIC_CONSTRAINTS = "2.5.29.19";
    private static final String EXTENDED_KEY_USAGE = "2.5.29.37";
    private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
    /** keyUsage with only bit 0, digitalSignature, set: one byte 0x80 with seven unused bits. */
    private static final byte[] DIGITAL_SIGNATURE = Der.bitString(new byte[] { (byte) 0x80 }, 7);

    private final SecureRandom random = new SecureRandom();

    KeyAndCertificate generate(SubjectAltNames names, Instant now) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), random);
        KeyPair keys = generator.generateKeyPair();

        Instant start = now.truncatedTo(ChronoUnit.SECONDS);
        byte[] algorithm = Der.sequence(Der.oid(ECDSA_WITH_SHA256)); // RFC 5758: ECDSA has no parameters
        byte[] name = Der.sequence(
                Der.set(Der.sequence(Der.oid(ORGANIZATION), Der.utf8String("Arrowhead"))),
                Der.set(Der.sequence(Der.oid(COMMON_NAME), Der.utf8String("Arrowhead ScaleIO Simulator"))));
        byte[] tbs = Der.sequence(
                Der.explicit(0, Der.integer(BigInteger.TWO)), // v3
                Der.integer(new BigInteger(127, random).setBit(126)), // positive, 16 bytes, never zero
                algorithm,
                name,
                Der.sequence(Der.time(start.minus(Duration.ofDays(1))), Der.time(start.plus(VALIDITY))),
                name,
                keys.getPublic().getEncoded(), // already a DER SubjectPublicKeyInfo
                Der.explicit(3, Der.sequence(
                        extension(SUBJECT_ALT_NAME, false, subjectAltName(names)),
                        extension(BASIC_CONSTRAINTS, true, Der.sequence()), // cA defaults to FALSE
                        extension(KEY_USAGE, true, DIGITAL_SIGNATURE),
                        extension(EXTENDED_KEY_USAGE, false, Der.sequence(Der.oid(SERVER_AUTH))))));

        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(keys.getPrivate(), random);
        signer.update(tbs);
        byte[] certificate = Der.sequence(tbs, algorithm, Der.bitString(signer.sign(), 0));

        X509Certificate parsed = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(certificate));
        parsed.verify(keys.getPublic());
        return new KeyAndCertificate(keys.getPrivate(), parsed);
    }

    private static byte[] extension(String oid, boolean critical, byte[] value) {
        return critical
                ? Der.sequence(Der.oid(oid), Der.bool(true), Der.octetString(value))
                : Der.sequence(Der.oid(oid), Der.octetString(value)); // DER omits a DEFAULT FALSE
    }

    private static byte[] subjectAltName(SubjectAltNames names) {
        List<byte[]> entries = new ArrayList<>();
        for (String dns : names.dnsNames()) {
            entries.add(Der.implicitPrimitive(2, dns.getBytes(StandardCharsets.US_ASCII)));
        }
        for (InetAddress ip : names.ipAddresses()) {
            entries.add(Der.implicitPrimitive(7, ip.getAddress()));
        }
        return Der.sequence(entries.toArray(byte[][]::new));
    }
}
