package io.arrowhead.scaleio.simulator.internal.http;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.ssl.SSLServerSocket;

/**
 * An HTTP/1.1 server: one platform thread accepts connections, a virtual thread per connection serves them.
 * {@link #stop()} closes the listening socket and every open connection, interrupts handlers still running and
 * waits for all threads to end.
 */
public final class HttpServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(HttpServer.class.getName());
    private static final String[] TLS_PROTOCOLS = { "TLSv1.3", "TLSv1.2" };
    private static final long JOIN_MILLIS = 5000;

    private final HttpServerSettings settings;
    private final HttpHandler handler;
    private final ErrorResponder errorResponder;
    private final ServerSocket listener;
    private final Set<HttpConnection> connections = ConcurrentHashMap.newKeySet();
    private final Thread.Builder connectionThreads = Thread.ofVirtual().name("scaleio-simulator-connection-", 1);
    private final Thread acceptor;
    private volatile boolean running = true;

    private HttpServer(HttpServerSettings settings, HttpHandler handler, ErrorResponder errorResponder,
            ServerSocket listener) {
        this.settings = settings;
        this.handler = handler;
        this.errorResponder = errorResponder;
        this.listener = listener;
        this.acceptor = Thread.ofPlatform().daemon().name("scaleio-simulator-accept-" + listener.getLocalPort())
                .unstarted(this::acceptLoop);
    }

    /** Binds and starts accepting; the port is taken when this returns. */
    public static HttpServer start(HttpServerSettings settings, HttpHandler handler, ErrorResponder errorResponder)
            throws IOException {
        ServerSocket listener = settings.tls() == null ? new ServerSocket()
                : settings.tls().getServerSocketFactory().createServerSocket();
        try {
            if (listener instanceof SSLServerSocket tlsListener) {
                tlsListener.setEnabledProtocols(TLS_PROTOCOLS);
            }
            listener.setReuseAddress(true);
            listener.bind(new InetSocketAddress(InetAddress.getByName(settings.bindAddress()), settings.port()), 128);
        } catch (BindException e) {
            listener.close();
            throw new BindException("Cannot listen on " + settings.bindAddress() + ":" + settings.port()
                    + " (" + e.getMessage() + "); is another process using the port?");
        } catch (IOException | RuntimeException e) {
            listener.close();
            throw e;
        }
        HttpServer server = new HttpServer(settings, Objects.requireNonNull(handler),
                Objects.requireNonNull(errorResponder), listener);
        server.acceptor.start();
        return server;
    }

    /** The bound port, the chosen one when the settings asked for port 0. */
    public int port() {
        return listener.getLocalPort();
    }

    public boolean isTls() {
        return settings.tls() != null;
    }

    private void acceptLoop() {
        while (running) {
            try {
                Socket socket = listener.accept();
                HttpConnection connection = new HttpConnection(socket, this);
                connections.add(connection);
                connection.start(connectionThreads);
            } catch (IOException e) {
                if (running) {
                    LOG.log(Level.WARNING, "Accepting a connection failed", e);
                }
            }
        }
    }

    /** Stops the server; idempotent. Handlers blocked in waits are interrupted, their connections closed. */
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        try {
            listener.close();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "Closing the listening socket failed", e);
        }
        try {
            acceptor.join(JOIN_MILLIS);
            for (HttpConnection connection : connections) {
                connection.abort();
            }
            for (HttpConnection connection : connections) {
                connection.join(JOIN_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    boolean isRunning() {
        return running;
    }

    HttpServerSettings settings() {
        return settings;
    }

    HttpHandler handler() {
        return handler;
    }

    ErrorResponder errorResponder() {
        return errorResponder;
    }

    void connectionClosed(HttpConnection connection) {
        connections.remove(connection);
    }
}
