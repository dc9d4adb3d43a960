package io.arrowhead.scaleio.client.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;

import io.arrowhead.scaleio.client.GatewayCancelledException;
import io.arrowhead.scaleio.client.GatewayClientException;
import io.arrowhead.scaleio.client.GatewayEndpoint;
import io.arrowhead.scaleio.client.GatewayTimeoutException;
import io.arrowhead.scaleio.client.GatewayUnreachableException;
import io.arrowhead.scaleio.client.UntrustedCertificateException;
import io.arrowhead.scaleio.client.UntrustedCertificateException.Reason;

/** Turns what OkHttp and the JDK throw into the client's exceptions. */
final class TransportFailures {

    private TransportFailures() {
    }

    /**
     * @param cancelledByCaller whether the call's {@link io.arrowhead.scaleio.client.CallCancellation} fired;
     *        checked first because OkHttp's call timeout also marks the call cancelled
     * @param callCanceled whether OkHttp reports the call cancelled
     * @param readTimeout the read timeout of the call, named when it ran out
     */
    static GatewayClientException classify(GatewayEndpoint endpoint, IOException failure, boolean cancelledByCaller,
            boolean callCanceled, HostnameCheck hostnameCheck, Duration readTimeout) {
        if (cancelledByCaller) {
            return new GatewayCancelledException(endpoint, failure);
        }
        RejectedCertificateException rejected = find(failure, RejectedCertificateException.class);
        if (rejected != null) {
            return new UntrustedCertificateException(endpoint, rejected.reason(), rejected.chain(),
                    rejected.expectedFingerprint(), failure);
        }
        if (find(failure, SSLPeerUnverifiedException.class) != null) {
            List<X509Certificate> chain = hostnameCheck.takeRejectedChain(endpoint.host());
            return chain.isEmpty()
                    ? new GatewayClientException(endpoint, "The gateway's identity could not be verified", failure)
                    : new UntrustedCertificateException(endpoint, Reason.HOSTNAME_MISMATCH, chain, null, failure);
        }
        if (isTimeout(failure)) {
            return new GatewayTimeoutException(endpoint, timeoutDetail(failure, readTimeout), failure);
        }
        if (callCanceled || failure instanceof InterruptedIOException) {
            // InterruptedIOException without a timeout: the calling thread was interrupted
            return new GatewayCancelledException(endpoint, failure);
        }
        String unreachable = describeUnreachable(endpoint, failure);
        if (unreachable != null) {
            return new GatewayUnreachableException(endpoint, unreachable, failure);
        }
        if (find(failure, SSLException.class) != null) {
            return new GatewayClientException(endpoint, "No secure connection could be opened to the gateway ("
                    + failure.getMessage() + ")", failure);
        }
        return new GatewayClientException(endpoint, "The request to the gateway failed (" + failure.getMessage() + ")",
                failure);
    }

    private static String timeoutDetail(IOException failure, Duration readTimeout) {
        SocketTimeoutException socket = find(failure, SocketTimeoutException.class);
        boolean reading = socket != null && !String.valueOf(socket.getMessage()).toLowerCase().contains("connect");
        return reading ? "The gateway did not answer within " + seconds(readTimeout) : "The gateway did not answer in time";
    }

    private static String seconds(Duration timeout) {
        long millis = timeout.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + (millis == 1000 ? " second" : " seconds") : millis + " ms";
    }

    private static boolean isTimeout(IOException failure) {
        // OkHttp's call timeout throws InterruptedIOException("timeout"); socket timeouts are SocketTimeoutException
        return find(failure, SocketTimeoutException.class) != null
                || failure instanceof InterruptedIOException && "timeout".equals(failure.getMessage());
    }

    private static String describeUnreachable(GatewayEndpoint endpoint, IOException failure) {
        if (find(failure, UnknownHostException.class) != null) {
            return "The gateway host " + endpoint.host() + " is unknown";
        }
        if (find(failure, NoRouteToHostException.class) != null) {
            return "There is no network route to the gateway";
        }
        if (find(failure, ConnectException.class) != null) {
            return "The gateway refused the connection, or nothing listens on port " + endpoint.port();
        }
        boolean closedEarly = find(failure, SocketException.class) != null || find(failure, EOFException.class) != null
                || String.valueOf(failure.getMessage()).startsWith("unexpected end of stream");
        return closedEarly ? "The connection to the gateway was closed before it answered" : null;
    }

    /** The first throwable of this type among the failure, its causes and what they suppressed. */
    static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            for (Throwable suppressed : current.getSuppressed()) {
                T found = find(suppressed, type);
                if (found != null) {
                    return found;
                }
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return null;
    }
}
