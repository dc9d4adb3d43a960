package io.arrowhead.scaleio.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.client.GatewayCancelledException;
import io.arrowhead.scaleio.client.GatewayClientException;
import io.arrowhead.scaleio.client.GatewayEndpoint;
import io.arrowhead.scaleio.client.GatewayTimeoutException;
import io.arrowhead.scaleio.client.GatewayUnreachableException;
import io.arrowhead.scaleio.client.TestCertificates;
import io.arrowhead.scaleio.client.UntrustedCertificateException;
import io.arrowhead.scaleio.client.UntrustedCertificateException.Reason;

class TransportFailuresTest {

    private static final GatewayEndpoint GATEWAY = GatewayEndpoint.parse("https://gw.example.test:8443");
    private static final X509Certificate[] SELF_SIGNED = { TestCertificates.selfSigned() };

    private final HostnameCheck hostnames = new HostnameCheck((host, session) -> false);

    private GatewayClientException classify(IOException failure) {
        return TransportFailures.classify(GATEWAY, failure, false, false, hostnames, java.time.Duration.ofSeconds(10));
    }

    @Test
    void anUntrustedChainBecomesAnUntrustedCertificateWithItsDetails() {
        SSLHandshakeException handshake = new SSLHandshakeException("PKIX path building failed");
        handshake.initCause(new RejectedCertificateException(Reason.UNTRUSTED, SELF_SIGNED, null, null));
        // OkHttp may wrap the handshake failure again
        IOException wrapped = new IOException("connect failed", handshake);

        UntrustedCertificateException untrusted = assertInstanceOf(UntrustedCertificateException.class, classify(wrapped));

        assertEquals(Reason.UNTRUSTED, untrusted.reason());
        assertEquals(TestCertificates.SELF_SIGNED_SHA256, untrusted.sha256Fingerprint());
        assertEquals("CN=gw.example.test,O=Arrowhead Test", untrusted.subject());
        assertEquals(untrusted.subject(), untrusted.issuer());
        assertEquals(Instant.parse("2026-11-25T13:40:56Z"), untrusted.notBefore());
        assertEquals(Instant.parse("2126-11-01T13:40:56Z"), untrusted.notAfter());
        assertEquals(List.of(SELF_SIGNED), untrusted.chain());
        assertTrue(untrusted.getMessage().contains(TestCertificates.SELF_SIGNED_SHA256), untrusted.getMessage());
        assertTrue(untrusted.getMessage().contains("https://gw.example.test:8443"), untrusted.getMessage());
    }

    @Test
    void aPinMismatchNamesBothFingerprints() {
        String pin = "AB:".repeat(31) + "CD";
        SSLHandshakeException handshake = new SSLHandshakeException("certificate_unknown");
        handshake.initCause(new RejectedCertificateException(Reason.PIN_MISMATCH, SELF_SIGNED, pin, null));

        UntrustedCertificateException mismatch = assertInstanceOf(UntrustedCertificateException.class,
                classify(handshake));

        assertEquals(Reason.PIN_MISMATCH, mismatch.reason());
        assertEquals(pin, mismatch.expectedFingerprint());
        assertTrue(mismatch.getMessage().contains(pin) && mismatch.getMessage().contains(mismatch.sha256Fingerprint()));
    }

    @Test
    void aHostnameMismatchCarriesTheChainTheCheckSaw() {
        hostnames.verify("gw.example.test", TrustManagersTest.sessionPresenting(SELF_SIGNED));

        UntrustedCertificateException mismatch = assertInstanceOf(UntrustedCertificateException.class,
                classify(new SSLPeerUnverifiedException("Hostname gw.example.test not verified")));

        assertEquals(Reason.HOSTNAME_MISMATCH, mismatch.reason());
        assertEquals(List.of(SELF_SIGNED), mismatch.chain());
    }

    @Test
    void unreachableGateways() {
        assertInstanceOf(GatewayUnreachableException.class, classify(new ConnectException("Connection refused")));
        assertInstanceOf(GatewayUnreachableException.class, classify(new UnknownHostException("gw.example.test")));
        assertInstanceOf(GatewayUnreachableException.class, classify(new NoRouteToHostException("No route to host")));
        assertInstanceOf(GatewayUnreachableException.class, classify(new SocketException("Connection reset")));
        assertInstanceOf(GatewayUnreachableException.class,
                classify(new IOException("unexpected end of stream on https://gw.example.test:8443/...")));
        assertInstanceOf(GatewayUnreachableException.class,
                classify(new IOException("wrapped", new EOFException("\\n not found: limit=0"))));
        assertTrue(classify(new ConnectException("refused")).getMessage().contains("port 8443"));
    }

    @Test
    void timeouts() {
        assertInstanceOf(GatewayTimeoutException.class, classify(new SocketTimeoutException("Read timed out")));
        assertInstanceOf(GatewayTimeoutException.class,
                classify(new InterruptedIOException("timeout")));
    }

    @Test
    void aReadTimeoutNamesHowLongTheCallWaited() {
        GatewayClientException read = classify(new SocketTimeoutException("timeout"));
        assertTrue(read.getMessage().contains("did not answer within 10 seconds"), read.getMessage());
        GatewayClientException connect = classify(new SocketTimeoutException("Connect timed out"));
        assertTrue(connect.getMessage().contains("did not answer in time"), connect.getMessage());
    }

    @Test
    void aCancellationWinsOverTheTimeoutItCausesInOkHttp() {
        GatewayClientException cancelled = TransportFailures.classify(GATEWAY, new InterruptedIOException("timeout"),
                true, true, hostnames, java.time.Duration.ofSeconds(10));
        assertInstanceOf(GatewayCancelledException.class, cancelled);
        assertInstanceOf(GatewayCancelledException.class,
                TransportFailures.classify(GATEWAY, new IOException("Canceled"), false, true, hostnames,
                        java.time.Duration.ofSeconds(10)));
    }

    @Test
    void anythingElseIsAPlainClientException() {
        GatewayClientException other = classify(new IOException("something odd"));

        assertEquals(GatewayClientException.class, other.getClass());
        assertTrue(other.getMessage().contains("something odd"), other.getMessage());
    }
}
