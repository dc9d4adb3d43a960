package io.arrowhead.scaleio.client;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

import io.arrowhead.scaleio.client.internal.ApiVersion;

/**
 * Everything needed to talk to one gateway. The password is copied in and out, never shown by
 * {@link #toString()}, and ignored by {@link #hashCode()}.
 *
 * @param forcedApiVersion a {@code major.minor} version to use instead of asking {@code GET /api/version}, or
 *        {@code null} to ask (REX-Ray's {@code scaleio.version} does the same)
 * @param maxAnswerBytes the most the client reads of one answer, errors included, and with it one JSON token per
 *        16 bytes; past either a call fails with {@link GatewayAnswerTooLargeException}, so that an endless answer
 *        cannot exhaust the heap
 * @param readTimeout how long every call but the whole-cluster load may wait for the gateway's next bytes
 * @param clusterLoadReadTimeout the same for {@link GatewayClient#instances()}, which a large gateway takes long to
 *        produce; that call's whole-call limit is at least this long too
 */
public record GatewayConfig(GatewayEndpoint endpoint, String user, char[] password, Duration connectTimeout,
        Duration readTimeout, Duration callTimeout, Duration clusterLoadReadTimeout, String forcedApiVersion,
        TlsPolicy tls, long maxAnswerBytes) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(120);
    public static final Duration DEFAULT_CLUSTER_LOAD_READ_TIMEOUT = Duration.ofSeconds(60);
    /**
     * 256 MiB. The largest answer is {@code GET /api/instances}: 62,431,781 bytes and 4.6 million tokens for
     * 32,768 volumes, the most a ScaleIO system holds, as measured against the simulator.
     */
    public static final long DEFAULT_MAX_ANSWER_BYTES = 256L * 1024 * 1024;

    public GatewayConfig {
        Objects.requireNonNull(endpoint, "endpoint");
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("Enter the gateway user name.");
        }
        // Basic authentication joins user and password with a colon, so the user name cannot contain one
        if (user.indexOf(':') >= 0) {
            throw new IllegalArgumentException("The gateway user name cannot contain ':'.");
        }
        if (password == null) {
            throw new IllegalArgumentException("Enter the gateway password.");
        }
        password = password.clone();
        requirePositive(connectTimeout, "connect");
        requirePositive(readTimeout, "read");
        requirePositive(callTimeout, "call");
        requirePositive(clusterLoadReadTimeout, "cluster load read");
        if (forcedApiVersion != null) {
            String majorMinor = ApiVersion.majorMinor(forcedApiVersion);
            if (majorMinor == null) {
                throw new IllegalArgumentException("'" + forcedApiVersion + "' is not an API version such as 3.5.");
            }
            forcedApiVersion = majorMinor;
        }
        Objects.requireNonNull(tls, "tls");
        if (maxAnswerBytes <= 0) {
            throw new IllegalArgumentException("The answer size limit must be positive, not " + maxAnswerBytes + ".");
        }
    }

    private static void requirePositive(Duration timeout, String which) {
        if (timeout == null || timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("The " + which + " timeout must be positive, not " + timeout + ".");
        }
    }

    /** Starts a configuration for the gateway address a user typed; see {@link GatewayEndpoint#parse(String)}. */
    public static Builder builder(String endpointText) {
        return new Builder(GatewayEndpoint.parse(endpointText));
    }

    public static Builder builder(GatewayEndpoint endpoint) {
        return new Builder(Objects.requireNonNull(endpoint, "endpoint"));
    }

    /** A copy of the password; clear it after use. */
    @Override
    public char[] password() {
        return password.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GatewayConfig that && endpoint.equals(that.endpoint) && user.equals(that.user)
                && Arrays.equals(password, that.password) && connectTimeout.equals(that.connectTimeout)
                && readTimeout.equals(that.readTimeout) && callTimeout.equals(that.callTimeout)
                && clusterLoadReadTimeout.equals(that.clusterLoadReadTimeout)
                && Objects.equals(forcedApiVersion, that.forcedApiVersion) && tls.equals(that.tls)
                && maxAnswerBytes == that.maxAnswerBytes;
    }

    @Override
    public int hashCode() {
        return Objects.hash(endpoint, user, connectTimeout, readTimeout, callTimeout, clusterLoadReadTimeout,
                forcedApiVersion, tls, maxAnswerBytes);
    }

    @Override
    public String toString() {
        return "GatewayConfig[endpoint=" + endpoint + ", user=" + user + ", password=****, connectTimeout="
                + connectTimeout + ", readTimeout=" + readTimeout + ", callTimeout=" + callTimeout
                + ", clusterLoadReadTimeout=" + clusterLoadReadTimeout
                + ", forcedApiVersion=" + forcedApiVersion + ", tls=" + tls + ", maxAnswerBytes=" + maxAnswerBytes + "]";
    }

    /** Collects the settings; {@link #build()} validates them. */
    public static final class Builder {

        private final GatewayEndpoint endpoint;
        private String user;
        private char[] password;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
        private Duration clusterLoadReadTimeout = DEFAULT_CLUSTER_LOAD_READ_TIMEOUT;
        private String forcedApiVersion;
        private TlsPolicy tls = TlsPolicy.systemTrust();
        private long maxAnswerBytes = DEFAULT_MAX_ANSWER_BYTES;

        private Builder(GatewayEndpoint endpoint) {
            this.endpoint = endpoint;
        }

        public Builder user(String user) {
            this.user = user;
            return this;
        }

        /** Copied when the configuration is built. */
        public Builder password(char[] password) {
            this.password = password;
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = readTimeout;
            return this;
        }

        /** The limit for a whole call: connecting, sending and reading the answer. */
        public Builder callTimeout(Duration callTimeout) {
            this.callTimeout = callTimeout;
            return this;
        }

        /** The read timeout of the whole-cluster load, {@link GatewayClient#instances()}. */
        public Builder clusterLoadReadTimeout(Duration clusterLoadReadTimeout) {
            this.clusterLoadReadTimeout = clusterLoadReadTimeout;
            return this;
        }

        public Builder forcedApiVersion(String forcedApiVersion) {
            this.forcedApiVersion = forcedApiVersion;
            return this;
        }

        public Builder tls(TlsPolicy tls) {
            this.tls = tls;
            return this;
        }

        /** The most the client reads of one answer; {@link #DEFAULT_MAX_ANSWER_BYTES} unless set. */
        public Builder maxAnswerBytes(long maxAnswerBytes) {
            this.maxAnswerBytes = maxAnswerBytes;
            return this;
        }

        /** @throws IllegalArgumentException with a message fit to show the user */
        public GatewayConfig build() {
            return new GatewayConfig(endpoint, user, password, connectTimeout, readTimeout, callTimeout,
                    clusterLoadReadTimeout, forcedApiVersion, tls, maxAnswerBytes);
        }
    }
}
