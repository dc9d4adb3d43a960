package io.arrowhead.cli.internal.exporter;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import io.prometheus.metrics.expositionformats.ExpositionFormatWriter;
import io.prometheus.metrics.expositionformats.OpenMetricsTextFormatWriter;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;

/**
 * The exporter's HTTP endpoint on Jetty: {@code GET /metrics} in OpenMetrics when the {@code Accept} header asks for
 * it, else in the Prometheus text format; {@code /} a short page linking to it; anything else 404. Each request to
 * /metrics is one scrape of the supplier.
 */
public final class ExporterServer implements AutoCloseable {

    private static final ExpositionFormatWriter OPEN_METRICS = OpenMetricsTextFormatWriter.create();
    private static final ExpositionFormatWriter PROMETHEUS_TEXT = PrometheusTextFormatWriter.create();
    private static final String INDEX = "<html><head><title>Arrowhead exporter</title></head><body>"
        + "<h1>Arrowhead exporter</h1><p><a href=\"/metrics\">Metrics</a></p></body></html>\n";

    private final Server jetty;
    private final ServerConnector connector;

    private ExporterServer(Server jetty, ServerConnector connector) {
        this.jetty = jetty;
        this.connector = connector;
    }

    /**
     * Listens on the address (port 0 picks a free one) and serves until closed.
     *
     * @throws IOException if the address cannot be bound, such as a port in use
     */
    public static ExporterServer start(InetSocketAddress address, Supplier<MetricSnapshots> scrape)
        throws IOException {
        QueuedThreadPool threads = new QueuedThreadPool(16, 2);
        threads.setName("arrowhead-exporter");
        Server jetty = new Server(threads);
        ServerConnector connector = new ServerConnector(jetty, 1, 1);
        connector.setHost(address.getHostString());
        connector.setPort(address.getPort());
        jetty.addConnector(connector);
        jetty.setHandler(new MetricsHandler(scrape));
        try {
            jetty.start();
        } catch (Exception e) {
            try {
                jetty.stop();
            } catch (Exception ignored) {
                // the start failure is what matters
            }
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
        return new ExporterServer(jetty, connector);
    }

    /** The port it listens on, the one picked when asked for port 0. */
    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() {
        try {
            jetty.stop();
        } catch (Exception e) {
            throw new IllegalStateException("The exporter's HTTP server did not stop: " + e.getMessage(), e);
        }
    }

    private static final class MetricsHandler extends Handler.Abstract {

        private final Supplier<MetricSnapshots> scrape;

        MetricsHandler(Supplier<MetricSnapshots> scrape) {
            this.scrape = scrape;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws IOException {
            String path = Request.getPathInContext(request);
            boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
            if (!path.equals("/metrics") && !path.equals("/")) {
                send(request, response, callback, HttpStatus.NOT_FOUND_404, "text/plain; charset=utf-8",
                    ("Nothing is at " + path + ". The metrics are at /metrics.\n").getBytes(StandardCharsets.UTF_8));
            } else if (!read) {
                response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
                send(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, "text/plain; charset=utf-8",
                    "Only GET and HEAD are answered here.\n".getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/")) {
                send(request, response, callback, HttpStatus.OK_200, "text/html; charset=utf-8",
                    INDEX.getBytes(StandardCharsets.UTF_8));
            } else {
                String accept = request.getHeaders().get(HttpHeader.ACCEPT);
                ExpositionFormatWriter writer = accept != null && OPEN_METRICS.accepts(accept) ? OPEN_METRICS
                    : PROMETHEUS_TEXT;
                stream(request, response, callback, writer, scrape);
            }
            return true;
        }

        /**
         * Streams the metrics as they are written: at 32,768 volumes with all of them, that is tens of MB. A HEAD
         * gets the headers without a scrape, so it costs the gateways nothing.
         */
        private static void stream(Request request, Response response, Callback callback,
            ExpositionFormatWriter writer, Supplier<MetricSnapshots> scrape) {
            response.setStatus(HttpStatus.OK_200);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, writer.getContentType());
            if ("HEAD".equals(request.getMethod())) {
                response.write(true, ByteBuffer.allocate(0), callback);
                return;
            }
            MetricSnapshots metrics = scrape.get();
            try (OutputStream body = new BufferedOutputStream(Content.Sink.asOutputStream(response), 64 * 1024)) {
                writer.write(body, metrics);
            } catch (IOException | RuntimeException e) {
                callback.failed(e);
                return;
            }
            callback.succeeded();
        }

        private static void send(Request request, Response response, Callback callback, int status,
            String contentType, byte[] body) {
            response.setStatus(status);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
            boolean head = "HEAD".equals(request.getMethod());
            response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(body), callback);
        }
    }
}
