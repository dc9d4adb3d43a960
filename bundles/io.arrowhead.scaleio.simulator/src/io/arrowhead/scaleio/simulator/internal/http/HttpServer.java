package io.arrowhead.scaleio.simulator.internal.http;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.util.Objects;

import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.VirtualThreads;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The simulator's HTTP/1.1 server: Jetty's core server (parsing, TLS, keep-alive, idle connections) in front of an
 * {@link HttpHandler}, which runs on a virtual thread per request so that latency and hang faults may block.
 * {@link #stop()} closes the listening socket and every open connection, interrupts handlers still running and
 * waits for them to end.
 */
public final class HttpServer implements AutoCloseable {

    private static final String[] TLS_PROTOCOLS = { "TLSv1.3", "TLSv1.2" };
    private static final int ACCEPT_QUEUE = 128;

    private final HttpServerSettings settings;
    private final Server jetty;
    private final HandlerBridge bridge;
    private final int port;

    private HttpServer(HttpServerSettings settings, Server jetty, ServerConnector connector, HandlerBridge bridge) {
        this.settings = settings;
        this.jetty = jetty;
        this.bridge = bridge;
        this.port = connector.getLocalPort();
    }

    /** Binds and starts serving; the port is taken when this returns. */
    public static HttpServer start(HttpServerSettings settings, HttpHandler handler, ErrorResponder errorResponder)
            throws IOException {
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(errorResponder, "errorResponder");
        String host = InetAddress.getByName(settings.bindAddress()).getHostAddress();
        QueuedThreadPool threads = new QueuedThreadPool(32, 4);
        threads.setName("scaleio-simulator-http");
        threads.setDaemon(true);
        threads.setVirtualThreadsExecutor(VirtualThreads.getNamedVirtualThreadsExecutor("scaleio-simulator-request-"));
        Server jetty = new Server(threads);
        ServerConnector connector = settings.tls() == null ? new ServerConnector(jetty, http(settings))
                : new ServerConnector(jetty, tls(settings), http(settings));
        connector.setHost(host);
        connector.setPort(settings.port());
        connector.setReuseAddress(true);
        connector.setAcceptQueueSize(ACCEPT_QUEUE);
        connector.setIdleTimeout(settings.idleTimeout().toMillis());
        jetty.addConnector(connector);
        // Jetty's acceptor survives any Throwable; the limit keeps file descriptors for everything else, and
        // while it is reached idle connections are closed sooner, so a flood of silent clients drains.
        NetworkConnectionLimit limit = new NetworkConnectionLimit(settings.maxConnections(), connector);
        limit.setEndPointIdleTimeout(settings.crowdedIdleTimeout().toMillis());
        jetty.addBean(limit);
        connector.addBean(new CrowdedIdleTimeout(limit, settings.crowdedIdleTimeout().toMillis()));
        HandlerBridge bridge = new HandlerBridge(handler, errorResponder, settings);
        jetty.setHandler(bridge);
        jetty.setErrorHandler(new RefusalHandler(errorResponder, settings.serverName()));
        jetty.setStopAtShutdown(false);
        try {
            jetty.start();
        } catch (Exception e) {
            stopQuietly(jetty);
            throw startFailure(settings, e);
        }
        return new HttpServer(settings, jetty, connector, bridge);
    }

    private static HttpConnectionFactory http(HttpServerSettings settings) {
        HttpConfiguration config = new HttpConfiguration();
        config.setSendServerVersion(false);
        config.setSendXPoweredBy(false);
        config.setRequestHeaderSize(HttpServerSettings.MAX_HEADER_BYTES);
        // The gateway decodes and routes the raw path itself (Cinder double-encodes volume names), and no path
        // decides access, so Jetty's ambiguity checks would only refuse requests a real gateway takes.
        config.setUriCompliance(UriCompliance.UNSAFE);
        return new HttpConnectionFactory(config);
    }

    private static SslContextFactory.Server tls(HttpServerSettings settings) {
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setSslContext(settings.tls());
        tls.setIncludeProtocols(TLS_PROTOCOLS);
        return tls;
    }

    private static IOException startFailure(HttpServerSettings settings, Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException bind) {
                return new BindException("Cannot listen on " + settings.bindAddress() + ":" + settings.port()
                        + " (" + bind.getMessage() + "); is another process using the port?");
            }
        }
        return e instanceof IOException io ? io
                : new IOException("Cannot start the HTTP server: " + e.getMessage(), e);
    }

    /** The bound port, the chosen one when the settings asked for port 0. */
    public int port() {
        return port;
    }

    public boolean isTls() {
        return settings.tls() != null;
    }

    /** Stops the server; idempotent. Handlers blocked in waits are interrupted, their connections closed. */
    public synchronized void stop() {
        if (!bridge.stopAccepting()) {
            return;
        }
        bridge.interruptHandlers();
        stopQuietly(jetty);
        bridge.interruptHandlers();
        bridge.awaitHandlers();
    }

    @Override
    public void close() {
        stop();
    }

    private static void stopQuietly(Server jetty) {
        try {
            jetty.stop();
        } catch (Exception e) {
            System.getLogger(HttpServer.class.getName()).log(System.Logger.Level.DEBUG, "Stopping Jetty failed", e);
        }
    }
}
