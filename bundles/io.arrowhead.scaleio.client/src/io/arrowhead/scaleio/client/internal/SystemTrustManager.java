package io.arrowhead.scaleio.client.internal;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

import io.arrowhead.scaleio.client.UntrustedCertificateException.Reason;

/** The platform's trust manager, made to keep the presented chain when it refuses one. */
final class SystemTrustManager extends X509ExtendedTrustManager {

    private final X509ExtendedTrustManager platform;

    SystemTrustManager() {
        this.platform = platformTrustManager();
    }

    private static X509ExtendedTrustManager platformTrustManager() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            for (TrustManager trustManager : factory.getTrustManagers()) {
                if (trustManager instanceof X509ExtendedTrustManager x509) {
                    return x509;
                }
            }
            throw new IllegalStateException("The Java platform offers no X.509 trust manager.");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The Java platform trust store cannot be loaded: " + e.getMessage(), e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        try {
            platform.checkServerTrusted(chain, authType);
        } catch (CertificateException e) {
            throw untrusted(chain, e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        try {
            platform.checkServerTrusted(chain, authType, socket);
        } catch (CertificateException e) {
            throw untrusted(chain, e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        try {
            platform.checkServerTrusted(chain, authType, engine);
        } catch (CertificateException e) {
            throw untrusted(chain, e);
        }
    }

    private static CertificateException untrusted(X509Certificate[] chain, CertificateException cause) {
        return chain == null || chain.length == 0 ? cause
                : new RejectedCertificateException(Reason.UNTRUSTED, chain, null, cause);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        platform.checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        platform.checkClientTrusted(chain, authType, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        platform.checkClientTrusted(chain, authType, engine);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return platform.getAcceptedIssuers();
    }
}
