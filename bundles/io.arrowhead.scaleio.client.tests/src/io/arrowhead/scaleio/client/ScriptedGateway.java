package io.arrowhead.scaleio.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.arrowhead.scaleio.client.internal.GatewaySession;
import io.arrowhead.scaleio.client.internal.HttpTransport;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;

/**
 * Answers a client's requests inside OkHttp, without a network, following the gateway's session rules: login with
 * the password issues a token, later calls need it as a Basic password or a Bearer token, anything else gets 401.
 * Routes answer the other calls; by default a GET gets {@code []} and a POST {@code {}}. Records every request.
 */
final class ScriptedGateway implements Interceptor {

    static final String USER = "admin";
    static final String PASSWORD = "Scaleio123";
    static final String UNAUTHORIZED = "{\"message\":\"Unauthorized\",\"httpStatusCode\":401,\"errorCode\":0}";

    /** One request as the gateway saw it. */
    record Recorded(String method, String path, String authorization, String accept, String contentType, String body) {
    }

    record Answer(int status, String body) {
    }

    @FunctionalInterface
    interface Route {

        Answer answer(Recorded request, Chain chain) throws IOException;
    }

    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final AtomicInteger logins = new AtomicInteger();
    private volatile String validToken;
    private volatile String version = "3.5";

    /** A client of this gateway. */
    GatewayClient client(GatewayConfig config) {
        OkHttpClient base = new OkHttpClient.Builder().addInterceptor(this).build();
        return new GatewayClient(new GatewaySession(config, new HttpTransport(config, base)));
    }

    /** A client with the gateway's user and password. */
    GatewayClient client(GatewayConfig.Builder configuration) {
        return client(configuration.user(USER).password(PASSWORD.toCharArray()).build());
    }

    /** A client of https://gw.example.test with the gateway's user and password. */

    GatewayClient client() {
        return client(GatewayConfig.builder("https://gw.example.test"));
    }

    void version(String reportedVersion) {
        version = reportedVersion;
    }

    /** Answers {@code "POST /api/..."} with this status and body. */
    void answer(String methodAndPath, int status, String body) {
        routes.put(methodAndPath, (request, chain) -> new Answer(status, body));
    }

    void route(String methodAndPath, Route route) {
        routes.put(methodAndPath, route);
    }

    /** Makes the current token invalid, as after 10 idle minutes. */
    void expireToken() {
        validToken = null;
    }

    List<Recorded> requests() {
        return List.copyOf(requests);
    }

    List<Recorded> requestsTo(String path) {
        return requests.stream().filter(request -> request.path().equals(path)).toList();
    }

    int logins() {
        return logins.get();
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Recorded request = record(chain.request());
        requests.add(request);
        return respond(chain.request(), switch (request.path()) {
            case "/api/login" -> login(request);
            case "/api/version" -> isAuthorized(request) ? new Answer(200, "\"" + version + "\"") : unauthorized();
            default -> isAuthorized(request) ? routed(request, chain) : unauthorized();
        });
    }

    private Answer login(Recorded request) {
        String expected = "Basic " + base64(USER + ":" + PASSWORD);
        if (!expected.equals(request.authorization())) {
            return unauthorized();
        }
        String token = "token-" + logins.incrementAndGet();
        validToken = token;
        return new Answer(200, "\"" + token + "\"");
    }

    private Answer routed(Recorded request, Chain chain) throws IOException {
        if (request.path().equals("/api/logout")) {
            validToken = null;
            return new Answer(200, "");
        }
        Route route = routes.get(request.method() + " " + request.path());
        if (route != null) {
            return route.answer(request, chain);
        }
        return new Answer(200, request.method().equals("GET") ? "[]" : "{}");
    }

    private boolean isAuthorized(Recorded request) {
        String token = validToken;
        String authorization = request.authorization();
        if (token == null || authorization == null) {
            return false;
        }
        if (authorization.equals("Bearer " + token)) {
            return true;
        }
        if (!authorization.startsWith("Basic ")) {
            return false;
        }
        String credentials = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
        // any user name, the token as password
        return credentials.substring(credentials.indexOf(':') + 1).equals(token);
    }

    private static Answer unauthorized() {
        return new Answer(401, UNAUTHORIZED);
    }

    private static Recorded record(Request request) throws IOException {
        String body = null;
        String contentType = null;
        if (request.body() != null) {
            Buffer buffer = new Buffer();
            request.body().writeTo(buffer);
            body = buffer.readUtf8();
            contentType = String.valueOf(request.body().contentType());
        }
        return new Recorded(request.method(), request.url().encodedPath(), request.header("Authorization"),
                request.header("Accept"), contentType, body);
    }

    private static Response respond(Request request, Answer answer) {
        return new Response.Builder().request(request).protocol(Protocol.HTTP_1_1).code(answer.status())
                .message(answer.status() == 200 ? "OK" : "Error")
                .body(ResponseBody.create(answer.body(), MediaType.get("application/json"))).build();
    }

    static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
