package io.arrowhead.scaleio.simulator.internal.http;

import java.time.Duration;
import java.util.Objects;

import javax.net.ssl.SSLContext;

/**
 * How a server listens, and the limits that keep a hostile client from exhausting it.
 *
 * @param bindAddress host name or IP literal to bind
 * @param port the port; 0 picks a free one
 * @param tls the TLS context, or {@code null} for plain HTTP
 * @param idleTimeout how long a connection may stay silent, between requests or inside one
 * @param maxBodyBytes the largest request body accepted; larger ones get 413
 * @param serverName the value of the Server header field
 * @param maxConnections how many connections are open at most; further clients wait in the accept queue
 * @param crowdedIdleTimeout the shorter idle timeout every connection gets while the connection limit is reached
 * @param maxBodyBytesInFlight how many bytes of request bodies all connections together may hold at once; a body
 *        that would go past it gets 503
 */
public record HttpServerSettings(String bindAddress, int port, SSLContext tls, Duration idleTimeout,
        int maxBodyBytes, String serverName, int maxConnections, Duration crowdedIdleTimeout,
        long maxBodyBytesInFlight) {

    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(60);
    public static final int DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;
    /** Far below the usual 1024 file descriptors a process may open, so a flood cannot starve the rest. */
    public static final int DEFAULT_MAX_CONNECTIONS = 512;
    public static final Duration DEFAULT_CROWDED_IDLE_TIMEOUT = Duration.ofSeconds(5);
    public static final long DEFAULT_MAX_BODY_BYTES_IN_FLIGHT = 64L * 1024 * 1024;
    /** The largest request line plus header fields; larger ones get 431 (or 414 for a long request line). */
    public static final int MAX_HEADER_BYTES = 16 * 1024;

    public HttpServerSettings {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(serverName, "serverName");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Port out of range: " + port);
        }
        requirePositive(idleTimeout, "Idle timeout");
        requirePositive(crowdedIdleTimeout, "Crowded idle timeout");
        if (maxBodyBytes < 0) {
            throw new IllegalArgumentException("Negative body limit: " + maxBodyBytes);
        }
        if (maxBodyBytesInFlight < maxBodyBytes) {
            throw new IllegalArgumentException("The bodies in flight must have room for one of the largest body: "
                    + maxBodyBytesInFlight + " < " + maxBodyBytes);
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException("At least one connection must be allowed: " + maxConnections);
        }
    }

    /** Plain HTTP on the address and port with the default limits. */
    public static HttpServerSettings plain(String bindAddress, int port, String serverName) {
        return new HttpServerSettings(bindAddress, port, null, DEFAULT_IDLE_TIMEOUT, DEFAULT_MAX_BODY_BYTES,
                serverName, DEFAULT_MAX_CONNECTIONS, DEFAULT_CROWDED_IDLE_TIMEOUT, DEFAULT_MAX_BODY_BYTES_IN_FLIGHT);
    }

    public HttpServerSettings withTls(SSLContext context) {
        return new HttpServerSettings(bindAddress, port, context, idleTimeout, maxBodyBytes, serverName,
                maxConnections, crowdedIdleTimeout, maxBodyBytesInFlight);
    }

    public HttpServerSettings withIdleTimeout(Duration timeout) {
        return new HttpServerSettings(bindAddress, port, tls, timeout, maxBodyBytes, serverName, maxConnections,
                crowdedIdleTimeout, maxBodyBytesInFlight);
    }

    public HttpServerSettings withMaxBodyBytes(int limit) {
        return withBodyLimits(limit, Math.max(limit, maxBodyBytesInFlight));
    }

    /** At most {@code limit} bytes per body, and at most {@code inFlight} bytes of all bodies held at once. */
    public HttpServerSettings withBodyLimits(int limit, long inFlight) {
        return new HttpServerSettings(bindAddress, port, tls, idleTimeout, limit, serverName, maxConnections,
                crowdedIdleTimeout, inFlight);
    }

    /** At most {@code limit} open connections; while at the limit, each closes after {@code crowdedIdle}. */
    public HttpServerSettings withConnectionLimit(int limit, Duration crowdedIdle) {
        return new HttpServerSettings(bindAddress, port, tls, idleTimeout, maxBodyBytes, serverName, limit,
                crowdedIdle, maxBodyBytesInFlight);
    }

    private static void requirePositive(Duration duration, String what) {
        Objects.requireNonNull(duration, what);
        if (!duration.isPositive()) {
            throw new IllegalArgumentException(what + " must be positive: " + duration);
        }
    }
}
