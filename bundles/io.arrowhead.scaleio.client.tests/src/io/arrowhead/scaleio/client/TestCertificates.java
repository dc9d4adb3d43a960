package io.arrowhead.scaleio.client;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

/** A self-signed certificate made with keytool for these tests, and what keytool reported about it. */
public final class TestCertificates {

    /** {@code keytool -genkeypair -keyalg EC -dname "CN=gw.example.test, O=Arrowhead Test" -validity 36500}. */
    public static final String SELF_SIGNED_PEM = """
            -----BEGIN CERTIFICATE-----
            MIIBojCCAUigAwIBAgIJAOCH0EWWGw5eMAoGCCqGSM49BAMDMDMxFzAVBgNVBAoT
            DkFycm93aGVhZCBUZXN0MRgwFgYDVQQDEw9ndy5leGFtcGxlLnRlc3QwIBcNMjYx
            MTI1MTM0MDU2WhgPMjEyNjExMDExMzQwNTZaMDMxFzAVBgNVBAoTDkFycm93aGVh
            ZCBUZXN0MRgwFgYDVQQDEw9ndy5leGFtcGxlLnRlc3QwWTATBgcqhkjOPQIBBggq
            hkjOPQMBBwNCAARCYuOelkZ15qkvDM7ILW/I2jPZVvpm3zId+Nu2T9RGMh7VpH6N
            nWt7InJaTOa2Xe8w4Rcl+d6Y8kMJoBcLL7y5o0MwQTAdBgNVHQ4EFgQUBNBWOMo+
            ujPA2V92MhhGJH9i6fcwIAYDVR0RBBkwF4IPZ3cuZXhhbXBsZS50ZXN0hwR/AAAB
            MAoGCCqGSM49BAMDA0gAMEUCIEkruvdpTyppEC7/NZGSt3GGJWQMrT05VWceMuMd
            v3GKAiEAtTjSWudrYkBfKFhjaToVaZAjIi5mVIDthjiCJRZVmLs=
            -----END CERTIFICATE-----
            """;

    /** The SHA-256 fingerprint {@code keytool -list -v} printed. */
    public static final String SELF_SIGNED_SHA256 =
            "00:67:26:58:18:05:DD:D5:26:D6:8A:AA:D4:A9:65:E4:B6:E3:02:FD:20:DE:3F:D5:2D:75:EE:C6:25:4D:3F:92";

    private TestCertificates() {
    }

    public static X509Certificate selfSigned() {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(SELF_SIGNED_PEM.getBytes(StandardCharsets.US_ASCII)));
        } catch (CertificateException e) {
            throw new IllegalStateException(e);
        }
    }
}
