package io.arrowhead.scaleio.client.internal;

import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

/**
 * Delegates the host name check and remembers the chain it rejected, because OkHttp reports a mismatch as an
 * {@link SSLPeerUnverifiedException} that does not carry the chain a user needs to see.
 */
final class HostnameCheck implements HostnameVerifier {

    private final HostnameVerifier delegate;
    private final Map<String, List<X509Certificate>> rejectedChains = new ConcurrentHashMap<>();

    HostnameCheck(HostnameVerifier delegate) {
        this.delegate = delegate;
    }

    @Override
    public boolean verify(String hostname, SSLSession session) {
        if (delegate.verify(hostname, session)) {
            return true;
        }
        rejectedChains.put(hostname, peerChain(session));
        return false;
    }

    /** The chain last rejected for this host, forgotten once taken; empty if none. IPv6 hosts with or without []. */
    List<X509Certificate> takeRejectedChain(String hostname) {
        String bare = hostname.startsWith("[") && hostname.endsWith("]") ? hostname.substring(1, hostname.length() - 1)
                : hostname;
        List<X509Certificate> chain = rejectedChains.remove(bare);
        return chain == null ? List.of() : chain;
    }

    private static List<X509Certificate> peerChain(SSLSession session) {
        try {
            Certificate[] certificates = session.getPeerCertificates();
            return Arrays.stream(certificates).filter(X509Certificate.class::isInstance)
                    .map(X509Certificate.class::cast).toList();
        } catch (SSLPeerUnverifiedException e) {
            return List.of();
        }
    }
}
