package io.arrowhead.scaleio.simulator.internal.gateway;

import java.util.Optional;

import io.arrowhead.scaleio.simulator.internal.api.ApiRequest;
import io.arrowhead.scaleio.simulator.internal.api.GatewayApi;
import io.arrowhead.scaleio.simulator.internal.auth.ApiVersion;
import io.arrowhead.scaleio.simulator.internal.auth.LoginThrottle;
import io.arrowhead.scaleio.simulator.internal.auth.TokenStore;
import io.arrowhead.scaleio.simulator.internal.faults.FaultDecision;
import io.arrowhead.scaleio.simulator.internal.faults.FaultRules;
import io.arrowhead.scaleio.simulator.internal.http.ErrorResponder;
import io.arrowhead.scaleio.simulator.internal.http.HttpHandler;
import io.arrowhead.scaleio.simulator.internal.http.HttpRequest;
import io.arrowhead.scaleio.simulator.internal.http.HttpResponse;

/**
 * Everything a request meets between the socket and the cluster: the admin endpoint, then injected faults (which
 * apply to every gateway path, login included), then login, logout and version, then the token check in front of
 * the cluster's API. Errors the HTTP layer raises get the gateway's error body too.
 */
public final class GatewayHandler implements HttpHandler, ErrorResponder {

    private final GatewayApi api;
    private final FaultRules faults;
    private final SessionEndpoints sessions;
    private final AdminEndpoint admin;
    private final boolean restAuth;

    public GatewayHandler(GatewayApi api, TokenStore tokens, LoginThrottle throttle, ApiVersion version,
            FaultRules faults, AdminEndpoint admin) {
        this.api = api;
        this.faults = faults;
        this.sessions = new SessionEndpoints(tokens, version, throttle);
        this.admin = admin;
        this.restAuth = version.acceptsBearer();
    }

    @Override
    public HttpResponse handle(HttpRequest request) {
        RequestTarget target;
        try {
            target = RequestTarget.of(request);
        } catch (IllegalArgumentException e) {
            return Replies.error(400, 0, "Request message is not valid: " + e.getMessage());
        }
        String path = target.path();
        if (path.equals("/simulator") || path.startsWith("/simulator/")) {
            return admin.handle(request, path);
        }
        FaultDecision decision = faults.decide(request.method(), path);
        try {
            if (decision.latency().isPositive()) {
                Thread.sleep(decision.latency());
            }
            return switch (decision.outcome()) {
                case FaultDecision.Proceed proceed -> route(request, target);
                case FaultDecision.Fail fail -> Replies.error(fail.httpStatus(), fail.errorCode(), fail.message());
                case FaultDecision.Drop drop -> HttpResponse.closeWithoutAnswer();
                case FaultDecision.Hang hang -> {
                    faults.awaitRelease(hang);
                    yield HttpResponse.closeWithoutAnswer();
                }
            };
        } catch (InterruptedException e) {
            // The server is stopping: the request ends without an answer, like a gateway going away.
            Thread.currentThread().interrupt();
            return HttpResponse.closeWithoutAnswer();
        }
    }

    /**
     * Refuses a body the request would not be allowed to use anyway, before it is read: an API call without a live
     * token, an admin call without a configured user's password. Login and logout bodies are admitted, as they
     * carry the credentials. Injected faults are not consulted, so such a request is refused even where a fault
     * would have answered it.
     */
    @Override
    public HttpResponse admit(HttpRequest head) {
        String path;
        try {
            path = RequestTarget.of(head).path();
        } catch (IllegalArgumentException e) {
            return null; // handle() answers the malformed target
        }
        if (path.equals("/simulator") || path.startsWith("/simulator/")) {
            return admin.refusal(head);
        }
        boolean api = path.equals("/api") || path.startsWith("/api/");
        boolean session = path.equals("/api/login") || path.equals("/api/logout") || path.equals("/api/version");
        return api && !session && sessions.authenticatedUser(head).isEmpty() ? Replies.unauthorized() : null;
    }

    @Override
    public HttpResponse respond(int status, String message) {
        return Replies.error(status, 0, message);
    }

    private HttpResponse route(HttpRequest request, RequestTarget target) {
        String method = request.method();
        String path = target.path();
        switch (path) {
            case "/api/login", "/api/logout", "/api/version" -> {
                if (!method.equals("GET")) {
                    return Replies.methodNotAllowed(method, path);
                }
                return path.equals("/api/login") ? sessions.login(request)
                        : path.equals("/api/logout") ? sessions.logout(request) : sessions.version(request);
            }
            case "/rest/auth/login", "/rest/auth/logout" -> {
                if (!restAuth) {
                    return Replies.notFound(path);
                }
                if (!method.equals("POST")) {
                    return Replies.methodNotAllowed(method, path);
                }
                return path.equals("/rest/auth/login") ? sessions.restLogin(request) : sessions.restLogout(request);
            }
            default -> {
                return path.equals("/api") || path.startsWith("/api/") ? callApi(request, target)
                        : Replies.notFound(path);
            }
        }
    }

    private HttpResponse callApi(HttpRequest request, RequestTarget target) {
        Optional<String> user = sessions.authenticatedUser(request);
        if (user.isEmpty()) {
            return Replies.unauthorized();
        }
        ApiRequest call = new ApiRequest(request.method(), target.path(), target.query(), request.body(), user.get());
        return Replies.of(api.handle(call));
    }
}
