package io.arrowhead.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A gateway that costs next to nothing: plain HTTP on loopback (the JDK's server), answering the login, the version
 * and the two big reads with bytes prepared beforehand. It checks nothing, so that what a benchmark measures is
 * the client.
 */
final class ReadyBodyServer implements AutoCloseable {

    private static final byte[] TOKEN = "\"YWRtaW46YmVuY2htYXJr\"".getBytes(StandardCharsets.UTF_8);
    private static final byte[] VERSION = "\"3.5\"".getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    /** Serves the bodies of this size, which {@link ReadyBodies#ensure(int)} writes first if need be. */
    ReadyBodyServer(int volumes, int port) throws IOException {
        ReadyBodies.ensure(volumes);
        Map<String, byte[]> bodies = Map.of(
                "/api/login", TOKEN,
                "/api/version", VERSION,
                ReadyBodies.VOLUMES_PATH, Files.readAllBytes(ReadyBodies.volumesFile(volumes)),
                ReadyBodies.SNAPSHOT_PATH, Files.readAllBytes(ReadyBodies.snapshotFile(volumes)));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        server.setExecutor(threads);
        server.createContext("/", exchange -> answer(exchange, bodies.get(exchange.getRequestURI().getPath())));
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void answer(HttpExchange exchange, byte[] body) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    /** For {@code curl-floor.sh}: serves one size on a port until killed. Arguments: volumes, port. */
    public static void main(String[] args) throws IOException {
        ReadyBodyServer server = new ReadyBodyServer(Integer.parseInt(args[0]), Integer.parseInt(args[1]));
        System.out.println("Serving " + args[0] + " volumes at " + server.endpoint());
    }
}
