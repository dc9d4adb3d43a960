package io.arrowhead.scaleio.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.security.cert.X509Certificate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The three trust policies against the simulator's self-signed certificate: what the console's "trust this
 * certificate?" dialog gets to show, a pin that matches, and a pin that no longer does.
 */
class TlsRoundTripTest {

    private static SimulatedGateway gateway;

    @BeforeAll
    static void startGateway() throws IOException {
        gateway = SimulatedGateway.start();
    }

    @AfterAll
    static void stopGateway() throws IOException {
        gateway.close();
    }

    @Test
    void aSelfSignedCertificateIsUntrustedAndDescribedForTheUser() {
        GatewayClient client = gateway.client(config -> config.tls(TlsPolicy.systemTrust()));
        X509Certificate served = gateway.simulator.certificate();

        UntrustedCertificateException untrusted = assertThrows(UntrustedCertificateException.class, client::login);

        assertEquals(UntrustedCertificateException.Reason.UNTRUSTED, untrusted.reason());
        assertEquals(gateway.simulator.certificateFingerprint(), untrusted.sha256Fingerprint());
        assertEquals(CertificateFingerprint.sha256(served), untrusted.sha256Fingerprint());
        assertEquals(served, untrusted.chain().get(0));
        assertTrue(untrusted.subject().contains("Arrowhead ScaleIO Simulator"), untrusted.subject());
        assertEquals(served.getNotBefore().toInstant(), untrusted.notBefore());
        assertEquals(served.getNotAfter().toInstant(), untrusted.notAfter());
        assertFalse(client.isLoggedIn());
    }

    @Test
    void thePinnedFingerprintIsTrustedInAnySpelling() throws IOException {
        String lowerCaseWithoutColons = gateway.simulator.certificateFingerprint().replace(":", "").toLowerCase();
        GatewayClient client = gateway.client(config -> config.tls(TlsPolicy.pinned(lowerCaseWithoutColons)));

        client.login();

        assertFalse(client.systems().isEmpty());
    }

    @Test
    void aCertificateThatNoLongerMatchesItsPinIsRefused() {
        String otherPin = "AB:".repeat(31) + "AB";
        GatewayClient client = gateway.client(config -> config.tls(TlsPolicy.pinned(otherPin)));

        UntrustedCertificateException refused = assertThrows(UntrustedCertificateException.class, client::login);

        assertEquals(UntrustedCertificateException.Reason.PIN_MISMATCH, refused.reason());
        assertEquals(CertificateFingerprint.normalize(otherPin), refused.expectedFingerprint());
        assertEquals(gateway.simulator.certificateFingerprint(), refused.sha256Fingerprint());
    }

    @Test
    void insecureModeMustBeAskedForAndThenConnects() throws IOException {
        GatewayClient client = gateway.client(config -> config.tls(TlsPolicy.insecure()));

        client.login();

        assertEquals(TlsPolicy.systemTrust(), gateway.configBuilder().build().tls());
        assertFalse(client.sdcs().isEmpty());
    }
}
