package io.arrowhead.core.internal;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.arrowhead.core.CertificateTrustCallback;
import io.arrowhead.core.ConsolePreferences;
import io.arrowhead.core.SecretStore;
import io.arrowhead.core.SecretStoreException;
import io.arrowhead.core.TrustDecision;
import io.arrowhead.scaleio.client.GatewayClient;
import io.arrowhead.scaleio.client.GatewayClientException;
import io.arrowhead.scaleio.client.GatewayConfig;
import io.arrowhead.scaleio.client.GatewayEndpoint;
import io.arrowhead.scaleio.client.TlsPolicy;
import io.arrowhead.scaleio.client.UntrustedCertificateException;

/**
 * Logs in to a gateway under the console's trust rules: a certificate pinned in secure storage first, then one the
 * user accepted for this session, then the system trust store, and only then the user, through the callback. A
 * certificate that no longer matches its pin is refused, whatever the user might say.
 */
public final class TrustedLogin {

    private final SecretStore secrets;
    private final Map<GatewayEndpoint, String> sessionPins = new ConcurrentHashMap<>();
    private volatile CertificateTrustCallback callback = CertificateTrustCallback.REFUSE;

    public TrustedLogin(SecretStore secrets) {
        this.secrets = Objects.requireNonNull(secrets);
    }

    public void callback(CertificateTrustCallback newCallback) {
        callback = Objects.requireNonNull(newCallback);
    }

    /** Trusts a certificate for this session without asking, as the console does for its own demo gateway. */
    public void trustForSession(GatewayEndpoint endpoint, String sha256Fingerprint) {
        sessionPins.put(endpoint, sha256Fingerprint);
    }

    /** Forgets every trust decision for an endpoint, permanent or not. */
    public void forget(GatewayEndpoint endpoint) throws SecretStoreException {
        sessionPins.remove(endpoint);
        secrets.removePin(endpoint);
    }

    /** A logged-in client; the caller owns it. Asks the user at most once per call. */
    public GatewayClient login(String url, String user, char[] password)
        throws GatewayClientException, SecretStoreException {
        GatewayEndpoint endpoint = GatewayEndpoint.parse(url);
        Optional<String> pin = pinOf(endpoint);
        GatewayClient client = open(endpoint, user, password, pin);
        try {
            client.login();
            return client;
        } catch (UntrustedCertificateException e) {
            client.close();
            if (e.reason() == UntrustedCertificateException.Reason.PIN_MISMATCH || pin.isPresent()) {
                callback.pinMismatch(url, e);
                throw e;
            }
            TrustDecision decision = callback.decide(url, e);
            switch (decision) {
                case PERMANENT -> secrets.pinFingerprint(endpoint, e.sha256Fingerprint());
                case SESSION -> sessionPins.put(endpoint, e.sha256Fingerprint());
                case REJECT -> throw e;
            }
            GatewayClient trusted = open(endpoint, user, password, Optional.of(e.sha256Fingerprint()));
            try {
                trusted.login();
                return trusted;
            } catch (GatewayClientException | RuntimeException again) {
                trusted.close();
                throw again;
            }
        } catch (GatewayClientException | RuntimeException e) {
            client.close();
            throw e;
        }
    }

    private Optional<String> pinOf(GatewayEndpoint endpoint) throws SecretStoreException {
        Optional<String> permanent = secrets.pinnedFingerprint(endpoint);
        return permanent.isPresent() ? permanent : Optional.ofNullable(sessionPins.get(endpoint));
    }

    private static GatewayClient open(GatewayEndpoint endpoint, String user, char[] password, Optional<String> pin) {
        TlsPolicy tls = pin.map(TlsPolicy::pinned).orElseGet(TlsPolicy::systemTrust);
        return GatewayClient.create(GatewayConfig.builder(endpoint).user(user).password(password).tls(tls)
            .readTimeout(ConsolePreferences.requestTimeout())
            .clusterLoadReadTimeout(ConsolePreferences.clusterLoadTimeout()).build());
    }
}
