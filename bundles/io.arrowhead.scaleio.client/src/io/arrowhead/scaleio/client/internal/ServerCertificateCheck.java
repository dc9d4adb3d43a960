package io.arrowhead.scaleio.client.internal;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * A trust manager that decides on the server chain alone. It extends {@link X509ExtendedTrustManager} so the JDK
 * uses it as is instead of wrapping it with checks of its own (algorithm constraints) that would refuse some lab
 * certificates the user chose to accept.
 */
abstract class ServerCertificateCheck extends X509ExtendedTrustManager {

    private static final X509Certificate[] NO_ISSUERS = {};

    /** @param chain the presented chain, leaf first */
    abstract void checkServer(X509Certificate[] chain) throws CertificateException;

    @Override
    public final void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        checkServer(chain);
    }

    @Override
    public final void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        checkServer(chain);
    }

    @Override
    public final void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        checkServer(chain);
    }

    @Override
    public final void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw onlyServers();
    }

    @Override
    public final void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        throw onlyServers();
    }

    @Override
    public final void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        throw onlyServers();
    }

    @Override
    public final X509Certificate[] getAcceptedIssuers() {
        return NO_ISSUERS;
    }

    private static CertificateException onlyServers() {
        return new CertificateException("The gateway client does not authenticate TLS clients.");
    }
}
