package io.arrowhead.scaleio.simulator.internal.http;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.Socket;

import javax.net.ssl.SSLSocket;

/** Serves the requests of one client connection, one after the other, on its own virtual thread. */
final class HttpConnection implements Runnable {

    private static final System.Logger LOG = System.getLogger(HttpConnection.class.getName());
    /** How long a refused request's unread rest is drained, so the client sees the answer rather than a reset. */
    private static final int LINGER_MILLIS = 1000;

    private final Socket socket;
    private final HttpServer server;
    private volatile Thread thread;

    HttpConnection(Socket socket, HttpServer server) {
        this.socket = socket;
        this.server = server;
    }

    void start(Thread.Builder threads) {
        thread = threads.unstarted(this);
        thread.start();
    }

    @Override
    public void run() {
        HttpServerSettings settings = server.settings();
        try (socket) {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, settings.idleTimeout().toMillis()));
            HttpRequestReader reader = new HttpRequestReader(socket.getInputStream(), settings.maxBodyBytes());
            HttpResponseWriter writer = new HttpResponseWriter(
                    new BufferedOutputStream(socket.getOutputStream(), 16 * 1024), settings.serverName());
            serve(reader, writer);
        } catch (IOException e) {
            // Idle timeouts, resets, failed TLS handshakes and stops all end here: the connection is simply over.
            LOG.log(Level.TRACE, "Connection ended: {0}", e);
        } finally {
            server.connectionClosed(this);
        }
    }

    private void serve(HttpRequestReader reader, HttpResponseWriter writer) throws IOException {
        while (server.isRunning()) {
            HttpRequest request;
            try {
                request = reader.read(writer::writeContinue);
            } catch (HttpProtocolException e) {
                writer.write(server.errorResponder().respond(e.status(), e.getMessage()), false, false, true);
                lingerBeforeClose();
                return;
            }
            if (request == null) {
                return;
            }
            HttpResponse response = answer(request);
            if (!response.answers()) {
                return;
            }
            boolean keepAlive = request.keepAlive() && server.isRunning();
            writer.write(response, keepAlive, "HTTP/1.0".equals(request.version()), !"HEAD".equals(request.method()));
            if (!keepAlive) {
                return;
            }
        }
    }

    private HttpResponse answer(HttpRequest request) {
        try {
            return server.handler().handle(request);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Request " + request.method() + " " + request.rawPath() + " failed", e);
            return server.errorResponder().respond(500, "Internal simulator error: " + e);
        }
    }

    private void lingerBeforeClose() {
        try {
            if (!(socket instanceof SSLSocket)) {
                socket.shutdownOutput();
            }
            socket.setSoTimeout(LINGER_MILLIS);
            InputStream in = socket.getInputStream();
            long deadline = System.nanoTime() + LINGER_MILLIS * 1_000_000L;
            byte[] discard = new byte[8192];
            while (System.nanoTime() < deadline && in.read(discard) >= 0) {
                // drop what the client still sends
            }
        } catch (IOException e) {
            LOG.log(Level.TRACE, "Lingering close ended: {0}", e);
        }
    }

    /** Closes the socket and interrupts a handler that may be blocked in a fault; called when the server stops. */
    void abort() {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.log(Level.TRACE, "Closing a connection failed: {0}", e);
        }
        Thread running = thread;
        if (running != null) {
            running.interrupt();
        }
    }

    void join(long millis) throws InterruptedException {
        Thread running = thread;
        if (running != null) {
            running.join(millis);
        }
    }
}
