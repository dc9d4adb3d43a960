package io.arrowhead.scaleio.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A hung gateway on 127.0.0.1: it answers the login with a token, then reads every other request and never answers
 * it, until the client hangs up or the gateway is closed.
 */
final class HungGateway implements AutoCloseable {

    private final ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    private final List<Socket> connections = new CopyOnWriteArrayList<>();

    HungGateway() throws IOException {
        Thread acceptor = new Thread(this::acceptAll, "hung-gateway");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A configuration for this gateway that asks no version, so that the login is its only answered call. */
    GatewayConfig.Builder config() {
        return GatewayConfig.builder("http://127.0.0.1:" + server.getLocalPort()).user("admin")
                .password("secret".toCharArray()).forcedApiVersion("3.5");
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.add(socket);
                Thread serving = new Thread(() -> serve(socket), "hung-gateway-connection");
                serving.setDaemon(true);
                serving.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void serve(Socket socket) {
        try (socket) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII));
            OutputStream out = socket.getOutputStream();
            for (String request = in.readLine(); request != null; request = in.readLine()) {
                for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
                    // the requests sent here are GETs, without a body
                }
                if (!request.startsWith("GET /api/login ")) {
                    while (in.read() >= 0) {
                        // hung: hold the connection and say nothing
                    }
                    return;
                }
                byte[] token = "\"token\"".getBytes(StandardCharsets.US_ASCII);
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + token.length
                        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(token);
                out.flush();
            }
        } catch (IOException e) {
            // the client hung up or the gateway closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : connections) {
            socket.close();
        }
    }
}
