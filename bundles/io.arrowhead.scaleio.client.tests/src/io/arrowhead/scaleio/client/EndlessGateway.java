package io.arrowhead.scaleio.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A faulty gateway on 127.0.0.1: it answers the login with a token, then answers every other request with a body
 * that never ends, until the client hangs up. It stops by itself: each answer ends after {@link #MAX_ANSWER_BYTES}
 * (or fewer, if asked), and the server after {@link #IDLE_MILLIS} without a connection.
 */
final class EndlessGateway implements AutoCloseable {

    static final long MAX_ANSWER_BYTES = 2L * 1024 * 1024 * 1024;
    private static final int IDLE_MILLIS = 30_000;

    private final ServerSocket server;
    private final int status;
    private final byte[] opening;
    private final byte[] repeated;
    private final long answerBytes;
    private final Thread thread;

    /**
     * @param opening the start of each endless body, such as {@code [}
     * @param unit what follows, over and over, such as one volume and a comma
     */
    EndlessGateway(int status, String opening, String unit) throws IOException {
        this(status, opening, unit, MAX_ANSWER_BYTES);
    }

    /** @param answerBytes about how much of the repeated unit each answer sends before it ends */
    EndlessGateway(int status, String opening, String unit, long answerBytes) throws IOException {
        this.answerBytes = answerBytes;
        this.server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
        server.setSoTimeout(IDLE_MILLIS);
        this.status = status;
        this.opening = opening.getBytes(StandardCharsets.UTF_8);
        this.repeated = repeat(unit.getBytes(StandardCharsets.UTF_8), 64 * 1024);
        this.thread = new Thread(this::serve, "endless-gateway");
        thread.setDaemon(true);
        thread.start();
    }

    /** A client of this gateway; the API version is forced, so that only the login precedes the call. */
    GatewayClient client(long maxAnswerBytes) {
        return GatewayClient.create(configuration().maxAnswerBytes(maxAnswerBytes).build());
    }

    GatewayConfig.Builder configuration() {
        return GatewayConfig.builder("http://127.0.0.1:" + server.getLocalPort()).user("admin")
                .password("secret".toCharArray()).forcedApiVersion("3.5");
    }

    String address() {
        return "127.0.0.1:" + server.getLocalPort();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                answer(socket);
            } catch (IOException e) {
                // the client hung up, or the server was idle or closed: stop this answer or the loop
                if (server.isClosed() || e instanceof java.net.SocketTimeoutException) {
                    return;
                }
            }
        }
    }

    private void answer(Socket socket) throws IOException {
        BufferedReader request = new BufferedReader(
                new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
        String requestLine = request.readLine();
        for (String header = request.readLine(); header != null && !header.isEmpty(); header = request.readLine()) {
            // headers are not needed
        }
        OutputStream out = socket.getOutputStream();
        if (requestLine != null && requestLine.startsWith("GET /api/login ")) {
            byte[] token = "\"token\"".getBytes(StandardCharsets.UTF_8);
            out.write(head(200, "Content-Length: " + token.length + "\r\n"));
            out.write(token);
            out.flush();
            return;
        }
        out.write(head(status, ""));
        out.write(opening);
        for (long written = 0; written < answerBytes; written += repeated.length) {
            out.write(repeated);
        }
    }

    private static byte[] head(int status, String extraHeaders) {
        return ("HTTP/1.1 " + status + " Status\r\nContent-Type: application/json\r\nConnection: close\r\n"
                + extraHeaders + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] repeat(byte[] unit, int atLeast) {
        int times = Math.max(1, atLeast / unit.length);
        byte[] repeated = new byte[unit.length * times];
        for (int i = 0; i < times; i++) {
            System.arraycopy(unit, 0, repeated, i * unit.length, unit.length);
        }
        return Arrays.copyOf(repeated, repeated.length);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
