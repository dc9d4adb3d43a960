package io.arrowhead.hosts.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

import org.apache.sshd.client.future.AuthFuture;
import org.apache.sshd.client.session.ClientSession;

import io.arrowhead.hosts.HostAuthentication;
import io.arrowhead.hosts.HostAuthenticationException;
import io.arrowhead.hosts.HostConnectException;
import io.arrowhead.hosts.HostDefinition;
import io.arrowhead.hosts.HostException;

/** Logging in on a connected session, turning MINA's outcomes into the hosts API's exceptions. */
public final class Login {

    private Login() {
    }

    /** Runs key exchange and login; host key verdicts recorded by the verifier win over MINA's generic errors. */
    public static void authenticate(HostDefinition host, ClientSession session, ConnectAttempt attempt,
            Duration timeout) throws HostException {
        AuthFuture auth;
        try {
            auth = session.auth();
        } catch (IOException e) {
            throw attempt.keyFailure() != null ? attempt.keyFailure()
                : new HostConnectException("The SSH handshake with " + host.displayName() + " failed: "
                    + describe(e), e);
        }
        long limit = timeout.toNanos();
        long started = System.nanoTime();
        // Time the user spends on the host key question does not count against the login timeout.
        while (!auth.isDone() && (attempt.asking() || System.nanoTime() - started - attempt.askedNanos() < limit)) {
            try {
                auth.await(Duration.ofMillis(200));
            } catch (IOException e) {
                throw new HostConnectException("Logging in to " + host.displayName() + " was interrupted.", e);
            }
        }
        if (attempt.keyFailure() != null) {
            throw attempt.keyFailure();
        }
        if (!auth.isDone()) {
            throw new HostConnectException("Logging in to " + host.displayName() + " did not finish within "
                + timeout.toSeconds() + " s.");
        }
        if (!auth.isSuccess()) {
            Throwable cause = auth.getException();
            if (!session.isOpen() && !session.isAuthenticated() && cause != null && !isAuthFailure(cause)) {
                throw new HostConnectException("The SSH handshake with " + host.displayName() + " failed: "
                    + describe(cause), cause);
            }
            throw new HostAuthenticationException(host.displayName() + " did not accept the "
                + what(host.authentication()) + ".", cause);
        }
    }

    private static boolean isAuthFailure(Throwable cause) {
        String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("authentication") || message.contains("no more");
    }

    private static String what(HostAuthentication auth) {
        return switch (auth) {
            case HostAuthentication.KeyFile file -> "key in " + file.privateKey();
            case HostAuthentication.Agent agent -> "keys of the SSH agent";
            case HostAuthentication.Password password -> "password";
        };
    }

    /** A failure's message, or its type when it has none. */
    public static String describe(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
