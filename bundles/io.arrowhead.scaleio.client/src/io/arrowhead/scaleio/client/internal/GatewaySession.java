package io.arrowhead.scaleio.client.internal;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import io.arrowhead.scaleio.client.CallCancellation;
import io.arrowhead.scaleio.client.GatewayClientException;
import io.arrowhead.scaleio.client.GatewayConfig;
import io.arrowhead.scaleio.client.GatewayEndpoint;

/**
 * The login session with one gateway, shared by a client and its views. Logs in with the user's password, learns
 * the API version, and logs in again when a token is refused; logins are serialised so that threads refused at the
 * same time cause one re-login, not one each.
 */
public final class GatewaySession {

    private static final System.Logger LOG = System.getLogger(GatewaySession.class.getName());
    private static final int UNAUTHORIZED = 401;

    private final GatewayConfig config;
    private final HttpTransport transport;
    private final Object loginLock = new Object();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile SessionState current;

    public GatewaySession(GatewayConfig config, HttpTransport transport) {
        this.config = config;
        this.transport = transport;
    }

    public GatewayEndpoint endpoint() {
        return transport.endpoint();
    }

    public boolean isLoggedIn() {
        return current != null;
    }

    /** The API version of the current session, logging in first if there is none. */
    public String apiVersion(CallCancellation cancellation) throws GatewayClientException {
        return current(cancellation).apiVersion();
    }

    /** The current session, logging in first if there is none. */
    SessionState current(CallCancellation cancellation) throws GatewayClientException {
        requireOpen();
        SessionState state = current;
        if (state != null) {
            return state;
        }
        synchronized (loginLock) {
            if (current == null) {
                current = login(cancellation);
            }
            return current;
        }
    }

    /** Logs in now, replacing the current session. */
    public void loginNow(CallCancellation cancellation) throws GatewayClientException {
        requireOpen();
        synchronized (loginLock) {
            current = null;
            current = login(cancellation);
        }
    }

    /**
     * Replaces a session the gateway refused. If another thread has already replaced it, its new session is used
     * instead of logging in again.
     */
    SessionState renew(SessionState refused, CallCancellation cancellation) throws GatewayClientException {
        synchronized (loginLock) {
            SessionState state = current;
            if (state != null && !state.token().equals(refused.token())) {
                return state;
            }
            current = null;
            current = login(cancellation);
            return current;
        }
    }

    <T> T send(SessionState session, String method, String path, byte[] body, CallCancellation cancellation,
            Duration readTimeout, HttpTransport.AnswerHandler<T> handler) throws GatewayClientException {
        return transport.send(Requests.inSession(endpoint(), session, method, path, body), cancellation, readTimeout,
                handler);
    }

    /** The read timeouts of the configuration, which calls use unless a view of the client sets others. */
    public ReadTimeouts configuredTimeouts() {
        return ReadTimeouts.of(config);
    }

    /** Ends the session at the gateway and forgets the token, even when the gateway cannot be told. */
    public void logout(CallCancellation cancellation) throws GatewayClientException {
        SessionState state;
        synchronized (loginLock) {
            state = current;
            current = null;
        }
        if (state == null) {
            return;
        }
        send(state, "GET", ApiPaths.LOGOUT, null, cancellation, config.readTimeout(), answer -> {
            // 401: the token had already expired, which is as good as a logout
            if (!answer.isSuccess() && answer.status() != UNAUTHORIZED) {
                throw ErrorResponses.of(endpoint(), answer);
            }
            return null;
        });
    }

    /** Logs out if logged in, best-effort, and refuses further logins. Idempotent. */
    public void close(CallCancellation cancellation) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            logout(cancellation);
        } catch (GatewayClientException e) {
            LOG.log(Level.DEBUG, "Logging out while closing failed: {0}", e.getMessage());
        }
    }

    private void requireOpen() {
        if (closed.get()) {
            throw new IllegalStateException("The client of gateway " + endpoint() + " is closed.");
        }
    }

    private SessionState login(CallCancellation cancellation) throws GatewayClientException {
        return new LoginExchange(config, transport, cancellation).logIn();
    }
}
