package io.arrowhead.scaleio.client.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;

import javax.net.ssl.SSLSession;

import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.client.TestCertificates;
import io.arrowhead.scaleio.client.TlsPolicy;
import io.arrowhead.scaleio.client.UntrustedCertificateException.Reason;

class TrustManagersTest {

    private static final X509Certificate[] SELF_SIGNED = { TestCertificates.selfSigned() };
    private static final String OTHER_PIN = "AA".repeat(31) + "AB";

    @Test
    void aPinAcceptsExactlyItsCertificate() {
        PinnedTrustManager pinned = new PinnedTrustManager(TestCertificates.SELF_SIGNED_SHA256);

        assertDoesNotThrow(() -> pinned.checkServerTrusted(SELF_SIGNED, "ECDHE_ECDSA"));
    }

    @Test
    void aPinMismatchKeepsTheChainAndThePin() {
        String expected = TlsPolicy.pinned(OTHER_PIN) instanceof TlsPolicy.Pinned pin ? pin.fingerprint() : null;
        PinnedTrustManager pinned = new PinnedTrustManager(expected);

        RejectedCertificateException rejected = assertThrows(RejectedCertificateException.class,
                () -> pinned.checkServerTrusted(SELF_SIGNED, "ECDHE_ECDSA"));

        assertEquals(Reason.PIN_MISMATCH, rejected.reason());
        assertEquals(List.of(SELF_SIGNED), rejected.chain());
        assertEquals(expected, rejected.expectedFingerprint());
    }

    @Test
    void thePlatformTrustStoreRefusesASelfSignedCertificateButKeepsTheChain() {
        RejectedCertificateException rejected = assertThrows(RejectedCertificateException.class,
                () -> new SystemTrustManager().checkServerTrusted(SELF_SIGNED, "ECDHE_ECDSA"));

        assertEquals(Reason.UNTRUSTED, rejected.reason());
        assertEquals(List.of(SELF_SIGNED), rejected.chain());
        assertNull(rejected.expectedFingerprint());
        assertNotNull(rejected.getCause());
    }

    @Test
    void trustAllAcceptsAnyServerButNoClient() {
        TrustAllManager trustAll = new TrustAllManager();

        assertDoesNotThrow(() -> trustAll.checkServerTrusted(SELF_SIGNED, "RSA"));
        assertThrows(CertificateException.class, () -> trustAll.checkClientTrusted(SELF_SIGNED, "RSA"));
        assertEquals(0, trustAll.getAcceptedIssuers().length);
    }

    @Test
    void eachPolicyGetsItsTrustManagerAndHostnameRule() {
        SSLSession session = sessionPresenting(SELF_SIGNED);

        TlsSetup system = TlsSetup.forPolicy(TlsPolicy.systemTrust(), (host, ignored) -> false);
        assertInstanceOf(SystemTrustManager.class, system.trustManager());
        assertFalse(system.hostnameCheck().verify("gw.example.test", session));

        TlsSetup pinned = TlsSetup.forPolicy(TlsPolicy.pinned(TestCertificates.SELF_SIGNED_SHA256),
                (host, ignored) -> false);
        assertInstanceOf(PinnedTrustManager.class, pinned.trustManager());
        assertTrue(pinned.hostnameCheck().verify("127.0.0.1", session));

        TlsSetup insecure = TlsSetup.forPolicy(TlsPolicy.insecure(), (host, ignored) -> false);
        assertInstanceOf(TrustAllManager.class, insecure.trustManager());
        assertTrue(insecure.hostnameCheck().verify("anything", session));
    }

    @Test
    void aHostnameMismatchRemembersTheChainOnce() {
        HostnameCheck check = new HostnameCheck((host, session) -> false);

        assertFalse(check.verify("::1", sessionPresenting(SELF_SIGNED)));

        assertEquals(List.of(SELF_SIGNED), check.takeRejectedChain("[::1]"));
        assertEquals(List.of(), check.takeRejectedChain("[::1]"));
    }

    /** A session whose only meaningful answer is the peer chain. */
    static SSLSession sessionPresenting(X509Certificate[] chain) {
        return (SSLSession) Proxy.newProxyInstance(SSLSession.class.getClassLoader(), new Class<?>[] { SSLSession.class },
                (proxy, method, arguments) -> {
                    if (method.getName().equals("getPeerCertificates")) {
                        return chain.clone();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
