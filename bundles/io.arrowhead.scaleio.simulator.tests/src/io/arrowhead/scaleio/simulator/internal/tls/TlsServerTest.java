package io.arrowhead.scaleio.simulator.internal.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.simulator.ScratchDirectory;
import io.arrowhead.scaleio.simulator.internal.http.HttpResponse;
import io.arrowhead.scaleio.simulator.internal.http.HttpServer;
import io.arrowhead.scaleio.simulator.internal.http.HttpServerSettings;

class TlsServerTest {

    private final ScratchDirectory scratch = new ScratchDirectory();
    private ServerIdentity identity;
    private HttpServer server;

    @BeforeEach
    void start() throws Exception {
        identity = new CertificateStore(scratch.path(), Clock.systemUTC())
                .loadOrCreate(SubjectAltNames.forBindAddress("127.0.0.1"));
        server = HttpServer.start(HttpServerSettings.plain("127.0.0.1", 0, "Test").withTls(identity.sslContext()),
                request -> HttpResponse.json(200, "\"3.5\"".getBytes(StandardCharsets.US_ASCII)),
                (status, message) -> HttpResponse.empty(status));
    }

    @AfterEach
    void stop() throws IOException {
        server.stop();
        scratch.close();
    }

    /** A client context that trusts exactly one certificate and nothing else. */
    private static SSLContext trusting(X509Certificate certificate) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("simulator", certificate);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }

    @Test
    void aClientTrustingExactlyTheCertificateConnectsByIpAddress() throws Exception {
        assertTrue(server.isTls());
        try (HttpClient client = HttpClient.newBuilder().sslContext(trusting(identity.certificate())).build()) {
            var response = client.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + server.port()
                    + "/api/version")).build(), BodyHandlers.ofString());
            assertEquals(200, response.statusCode());
            assertEquals("\"3.5\"", response.body());
            assertEquals(identity.certificate(), response.sslSession().orElseThrow().getPeerCertificates()[0]);
        }
    }

    @Test
    void aClientWithTheDefaultTrustRefusesTheSelfSignedCertificate() throws Exception {
        try (HttpClient client = HttpClient.newBuilder().sslContext(SSLContext.getDefault()).build()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + server.port() + "/"))
                    .build();
            IOException e = assertThrows(IOException.class, () -> client.send(request, BodyHandlers.ofString()));
            assertTrue(e instanceof SSLHandshakeException || e.getCause() instanceof SSLHandshakeException, e::toString);
        }
    }

    @Test
    void offersTls13AndTls12Only() throws Exception {
        SSLContext client = trusting(identity.certificate());
        for (String protocol : new String[] { "TLSv1.3", "TLSv1.2" }) {
            try (SSLSocket socket = (SSLSocket) client.getSocketFactory().createSocket("127.0.0.1", server.port())) {
                socket.setEnabledProtocols(new String[] { protocol });
                socket.startHandshake();
                assertEquals(protocol, socket.getSession().getProtocol());
            }
        }
        try (SSLSocket socket = (SSLSocket) client.getSocketFactory().createSocket("127.0.0.1", server.port())) {
            socket.setEnabledProtocols(new String[] { "TLSv1.1" });
            assertThrows(IOException.class, socket::startHandshake);
        }
    }
}
