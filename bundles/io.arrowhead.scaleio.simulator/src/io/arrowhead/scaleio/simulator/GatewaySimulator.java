package io.arrowhead.scaleio.simulator;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

import io.arrowhead.scaleio.simulator.internal.auth.ApiVersion;
import io.arrowhead.scaleio.simulator.internal.auth.LoginThrottle;
import io.arrowhead.scaleio.simulator.internal.auth.TokenStore;
import io.arrowhead.scaleio.simulator.internal.cluster.SdcVolumes;
import io.arrowhead.scaleio.simulator.internal.cluster.SimulatedCluster;
import io.arrowhead.scaleio.simulator.internal.faults.FaultRules;
import io.arrowhead.scaleio.simulator.internal.gateway.AdminEndpoint;
import io.arrowhead.scaleio.simulator.internal.gateway.GatewayHandler;
import io.arrowhead.scaleio.simulator.internal.gateway.SdcRegistry;
import io.arrowhead.scaleio.simulator.internal.http.HttpServer;
import io.arrowhead.scaleio.simulator.internal.http.HttpServerSettings;
import io.arrowhead.scaleio.simulator.internal.tls.CertificateStore;
import io.arrowhead.scaleio.simulator.internal.tls.ServerIdentity;
import io.arrowhead.scaleio.simulator.internal.tls.SubjectAltNames;

/**
 * A running ScaleIO REST Gateway simulator: a simulated cluster behind the gateway's HTTPS API, which public
 * clients such as goscaleio and PyPowerFlex use unchanged, plus a {@code /simulator/} admin endpoint and a
 * {@link FaultInjector}. Start one with {@link #builder()}; {@link #close()} stops it and flushes the cluster state.
 */
public final class GatewaySimulator implements AutoCloseable {

    /** The demo user of a simulator configured without users; documented, so never use it for anything real. */
    public static final String DEFAULT_USER = "admin";
    public static final String DEFAULT_PASSWORD = "Scaleio123!";
    public static final String DEFAULT_API_VERSION = "3.5";

    static final String SERVER_NAME = "Arrowhead-ScaleIO-Gateway-Simulator";

    private final HttpServer server;
    private final SimulatedCluster cluster;
    private final FaultRules faultRules;
    private final FaultInjector faults;
    private final ServerIdentity identity;
    private final URI endpoint;
    private final AtomicBoolean closed = new AtomicBoolean();

    private GatewaySimulator(HttpServer server, SimulatedCluster cluster, FaultRules faultRules, TokenStore tokens,
            ServerIdentity identity, String bindAddress) {
        this.server = server;
        this.cluster = cluster;
        this.faultRules = faultRules;
        this.faults = new FaultInjector(faultRules, tokens, cluster.deviceFailures());
        this.identity = identity;
        this.endpoint = URI.create((identity == null ? "http" : "https") + "://" + urlHost(bindAddress) + ":"
                + server.port() + "/api");
    }

    public static Builder builder() {
        return new Builder();
    }

    private static GatewaySimulator start(Builder settings) throws IOException {
        ApiVersion version = ApiVersion.parse(settings.apiVersion);
        Map<String, char[]> users = settings.users.isEmpty()
                ? Map.of(DEFAULT_USER, DEFAULT_PASSWORD.toCharArray()) : settings.users;
        TokenStore tokens = new TokenStore(users, settings.clock, settings.tokenLifetime, settings.tokenIdleTimeout);
        ServerIdentity identity = settings.plainHttp ? null
                // Real time, not the simulated clock: clients check the validity against their own wall clock.
                : new CertificateStore(settings.dataDirectory, Clock.systemUTC())
                        .loadOrCreate(SubjectAltNames.forBindAddress(settings.bindAddress));
        SimulatedCluster cluster = settings.stateFile == null
                ? SimulatedCluster.create(settings.scenario, settings.clock, settings.volumeStore)
                : SimulatedCluster.open(settings.stateFile, settings.scenario, settings.clock, settings.volumeStore);
        try {
            FaultRules faultRules = new FaultRules();
            // Real time, not the simulated clock: a simulated clock that stands still would never end a wait.
            LoginThrottle throttle = new LoginThrottle(Clock.systemUTC());
            GatewayHandler handler = new GatewayHandler(cluster, tokens, throttle, version, faultRules,
                    new AdminEndpoint(tokens, faultRules, new ClusterSdcs(cluster), throttle,
                            cluster.deviceFailures()));
            HttpServerSettings http = HttpServerSettings.plain(settings.bindAddress, settings.port, SERVER_NAME);
            HttpServer server = HttpServer.start(identity == null ? http : http.withTls(identity.sslContext()),
                    handler, handler);
            return new GatewaySimulator(server, cluster, faultRules, tokens, identity, settings.bindAddress);
        } catch (GeneralSecurityException e) {
            cluster.close();
            throw new IOException("Cannot set up TLS with the simulator's certificate: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** The API base URL, such as {@code https://127.0.0.1:43211/api}; clients may also be given it without /api. */
    public URI endpoint() {
        return endpoint;
    }

    /** The certificate's SHA-256 fingerprint as {@code AB:CD:...}, or {@code null} for plain HTTP. */
    public String certificateFingerprint() {
        return identity == null ? null : identity.fingerprint();
    }

    /** The self-signed server certificate, or {@code null} for plain HTTP. */
    public X509Certificate certificate() {
        return identity == null ? null : identity.certificate();
    }

    /** The PEM file of the certificate, for {@code curl --cacert} or a trust store; {@code null} for plain HTTP. */
    public Path certificateFile() {
        return identity == null ? null : identity.certificateFile();
    }

    public FaultInjector faults() {
        return faults;
    }

    public SimulatedCluster cluster() {
        return cluster;
    }

    public String systemId() {
        return cluster.systemId();
    }

    /** The absolute directory of the volumes' backing files, or {@code null} without a volume store. */
    public Path volumeStore() {
        return cluster.volumeStore();
    }

    /** Stops serving, ends hanging calls and flushes the cluster state; idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.stop();
            faultRules.releaseHangs();
            cluster.close();
        }
    }

    /** A wildcard bind is reached through the loopback address; an IPv6 literal needs brackets in a URL. */
    private static String urlHost(String bindAddress) {
        if (bindAddress.equals("0.0.0.0") || bindAddress.equals("::") || bindAddress.equals("[::]")) {
            return "127.0.0.1";
        }
        return bindAddress.contains(":") && !bindAddress.startsWith("[") ? "[" + bindAddress + "]" : bindAddress;
    }

    /** The cluster as the admin endpoint sees it. */
    private record ClusterSdcs(SimulatedCluster cluster) implements SdcRegistry {

        @Override
        public String registerSdc(String guid, String ip, String name) {
            return cluster.registerSdc(guid, ip, name);
        }

        @Override
        public void setSdcConnected(String guidOrId, boolean connected) {
            cluster.setSdcConnected(guidOrId, connected);
        }

        @Override
        public SdcVolumes mappedVolumes(String guidOrId) {
            return cluster.mappedVolumes(guidOrId);
        }
    }

    /** Settings of a simulator; every one has a default, so {@code builder().start()} runs the demo cluster. */
    public static final class Builder {

        private ClusterScenario scenario;
        private final Map<String, char[]> users = new LinkedHashMap<>();
        private Duration tokenLifetime = TokenStore.DEFAULT_LIFETIME;
        private Duration tokenIdleTimeout = TokenStore.DEFAULT_IDLE_TIMEOUT;
        private boolean plainHttp;
        private String bindAddress = "127.0.0.1";
        private int port;
        private Path dataDirectory = Path.of(System.getProperty("user.home"), ".arrowhead", "simulator");
        private Path stateFile;
        private Path volumeStore;
        private Clock clock = Clock.systemUTC();
        private String apiVersion = DEFAULT_API_VERSION;

        private Builder() {
        }

        /** The cluster to simulate; {@link ClusterScenario#demo()} by default. */
        public Builder scenario(ClusterScenario clusterScenario) {
            this.scenario = Objects.requireNonNull(clusterScenario, "scenario");
            return this;
        }

        /**
         * Adds a user; the first call replaces the default {@value GatewaySimulator#DEFAULT_USER} user. The
         * password is copied, so the caller may wipe its array.
         */
        public Builder user(String name, char[] password) {
            if (name == null || name.isEmpty() || name.contains(":")) {
                throw new IllegalArgumentException("A user name must be non-empty and free of ':': " + name);
            }
            if (password == null || password.length == 0) {
                throw new IllegalArgumentException("User " + name + " needs a password");
            }
            users.put(name, password.clone());
            return this;
        }

        /** How long a token lives from its creation; 8 hours by default, as on a real gateway. */
        public Builder tokenLifetime(Duration lifetime) {
            this.tokenLifetime = requirePositive(lifetime, "Token lifetime");
            return this;
        }

        /** How long a token survives without use; 10 minutes by default, as on a real gateway. */
        public Builder tokenIdleTimeout(Duration idleTimeout) {
            this.tokenIdleTimeout = requirePositive(idleTimeout, "Token idle timeout");
            return this;
        }

        /** Serves plain HTTP instead of HTTPS with the self-signed certificate. */
        public Builder plainHttp() {
            this.plainHttp = true;
            return this;
        }

        /** The host name or address to listen on; 127.0.0.1 by default. */
        public Builder bindAddress(String address) {
            if (address == null || address.isBlank()) {
                throw new IllegalArgumentException("A bind address is required");
            }
            this.bindAddress = address.strip();
            return this;
        }

        /** The port to listen on; 0, the default, picks a free one. */
        public Builder port(int listenPort) {
            if (listenPort < 0 || listenPort > 65535) {
                throw new IllegalArgumentException("Port out of range: " + listenPort);
            }
            this.port = listenPort;
            return this;
        }

        /** Where the certificate and key are kept; {@code ~/.arrowhead/simulator} by default. */
        public Builder dataDirectory(Path directory) {
            this.dataDirectory = Objects.requireNonNull(directory, "dataDirectory");
            return this;
        }

        /** Keeps the cluster in this file across starts; without one the cluster lives in memory only. */
        public Builder stateFile(Path file) {
            this.stateFile = Objects.requireNonNull(file, "stateFile");
            return this;
        }

        /**
         * Backs each volume with a sparse file {@code <volumeId>.img} in this directory, created when the volume is
         * first listed on {@code GET /simulator/sdcs/<guidOrId>/volumes}, grown with the volume, copied for a
         * snapshot and deleted with the volume. Volume files the cluster has no volume for are deleted at start;
         * without a state file that is all of them. None by default.
         */
        public Builder volumeStore(Path directory) {
            this.volumeStore = Objects.requireNonNull(directory, "volumeStore").toAbsolutePath().normalize();
            return this;
        }

        /** The clock of token expiry and of the cluster's timestamps; the system clock by default. */
        public Builder clock(Clock simulatedClock) {
            this.clock = Objects.requireNonNull(simulatedClock, "clock");
            return this;
        }

        /** The version {@code GET /api/version} answers, two numeric parts; 4.0 and later enable Bearer tokens. */
        public Builder apiVersion(String version) {
            this.apiVersion = ApiVersion.parse(version).toString();
            return this;
        }

        /** Binds and starts serving; IOException with a clear message when, for example, the port is taken. */
        public GatewaySimulator start() throws IOException {
            if (scenario == null) {
                scenario = ClusterScenario.demo();
            }
            return GatewaySimulator.start(this);
        }

        private static Duration requirePositive(Duration duration, String what) {
            if (duration == null || !duration.isPositive()) {
                throw new IllegalArgumentException(what + " must be positive: " + duration);
            }
            return duration;
        }
    }
}
