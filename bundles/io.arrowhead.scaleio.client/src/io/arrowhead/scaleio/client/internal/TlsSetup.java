package io.arrowhead.scaleio.client.internal;

import java.security.GeneralSecurityException;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import io.arrowhead.scaleio.client.TlsPolicy;

/** The TLS pieces OkHttp needs for one {@link TlsPolicy}. */
record TlsSetup(SSLSocketFactory socketFactory, X509TrustManager trustManager, HostnameCheck hostnameCheck) {

    // a pinned certificate binds the gateway's identity by itself, and the other choice trusts anything anyway
    private static final HostnameVerifier ANY_HOST = (hostname, session) -> true;

    /** @param platformHostnames the usual HTTPS host name check, used with the platform trust store */
    static TlsSetup forPolicy(TlsPolicy policy, HostnameVerifier platformHostnames) {
        X509TrustManager trustManager = switch (policy) {
            case TlsPolicy.SystemTrust systemTrust -> new SystemTrustManager();
            case TlsPolicy.Pinned pinned -> new PinnedTrustManager(pinned.fingerprint());
            case TlsPolicy.Insecure insecure -> new TrustAllManager();
        };
        HostnameVerifier hostnames = policy instanceof TlsPolicy.SystemTrust ? platformHostnames : ANY_HOST;
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] { trustManager }, null);
            return new TlsSetup(context.getSocketFactory(), trustManager, new HostnameCheck(hostnames));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available on this Java platform: " + e.getMessage(), e);
        }
    }
}
