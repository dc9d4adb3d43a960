package io.arrowhead.scaleio.simulator.internal.http;

import java.time.Duration;
import java.util.Objects;

import javax.net.ssl.SSLContext;

/**
 * How a server listens.
 *
 * @param bindAddress host name or IP literal to bind
 * @param port the port; 0 picks a free one
 * @param tls the TLS context, or {@code null} for plain HTTP
 * @param idleTimeout how long a connection may stay silent, between requests or inside one
 * @param maxBodyBytes the largest request body accepted; larger ones get 413
 * @param serverName the value of the Server header field
 */
public record HttpServerSettings(String bindAddress, int port, SSLContext tls, Duration idleTimeout,
        int maxBodyBytes, String serverName) {

    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(60);
    public static final int DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;
    /** The largest request line plus header fields; larger ones get 431 (or 414 for a long request line). */
    public static final int MAX_HEADER_BYTES = 16 * 1024;

    public HttpServerSettings {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(serverName, "serverName");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Port out of range: " + port);
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("Idle timeout must be positive: " + idleTimeout);
        }
        if (maxBodyBytes < 0) {
            throw new IllegalArgumentException("Negative body limit: " + maxBodyBytes);
        }
    }

    /** Plain HTTP on the address and port with the default limits. */
    public static HttpServerSettings plain(String bindAddress, int port, String serverName) {
        return new HttpServerSettings(bindAddress, port, null, DEFAULT_IDLE_TIMEOUT, DEFAULT_MAX_BODY_BYTES,
                serverName);
    }

    public HttpServerSettings withTls(SSLContext context) {
        return new HttpServerSettings(bindAddress, port, context, idleTimeout, maxBodyBytes, serverName);
    }

    public HttpServerSettings withIdleTimeout(Duration timeout) {
        return new HttpServerSettings(bindAddress, port, tls, timeout, maxBodyBytes, serverName);
    }

    public HttpServerSettings withMaxBodyBytes(int limit) {
        return new HttpServerSettings(bindAddress, port, tls, idleTimeout, limit, serverName);
    }
}
