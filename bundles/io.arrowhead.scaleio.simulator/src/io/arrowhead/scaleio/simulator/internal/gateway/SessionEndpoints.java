package io.arrowhead.scaleio.simulator.internal.gateway;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.arrowhead.scaleio.simulator.internal.auth.ApiVersion;
import io.arrowhead.scaleio.simulator.internal.auth.Credentials;
import io.arrowhead.scaleio.simulator.internal.auth.LoginThrottle;
import io.arrowhead.scaleio.simulator.internal.auth.TokenStore;
import io.arrowhead.scaleio.simulator.internal.http.HttpRequest;
import io.arrowhead.scaleio.simulator.internal.http.HttpResponse;

/**
 * Login, logout and version: {@code /api/login} with Basic user and password; later calls with Basic any-user and
 * the token as password, or Bearer from 4.0 on; and, from 4.0 on, PyPowerFlex's {@code /rest/auth} pair.
 */
final class SessionEndpoints {

    private final TokenStore tokens;
    private final ApiVersion version;
    private final LoginThrottle throttle;

    SessionEndpoints(TokenStore tokens, ApiVersion version, LoginThrottle throttle) {
        this.tokens = tokens;
        this.version = version;
        this.throttle = throttle;
    }

    /** The user of the request's token, accepting Bearer only where the emulated version does. */
    Optional<String> authenticatedUser(HttpRequest request) {
        Optional<String> token = token(request);
        return token.isPresent() ? tokens.authenticate(token.get()) : Optional.empty();
    }

    HttpResponse login(HttpRequest request) {
        Optional<Duration> wait = throttle.waitBefore(request.clientAddress());
        if (wait.isPresent()) {
            return Replies.tooManyFailedLogins(wait.get());
        }
        if (Credentials.parse(request.headers().get("Authorization")) instanceof Credentials.Basic basic) {
            Optional<String> token = tokens.login(basic.user(), basic.password());
            if (token.isPresent()) {
                throttle.succeeded(request.clientAddress());
                return Replies.quoted(token.get());
            }
            throttle.failed(request.clientAddress());
        }
        return Replies.unauthorized();
    }

    HttpResponse logout(HttpRequest request) {
        Optional<String> token = token(request);
        return token.isPresent() && tokens.logout(token.get()) ? HttpResponse.empty(200) : Replies.unauthorized();
    }

    HttpResponse version(HttpRequest request) {
        return authenticatedUser(request).isPresent() ? Replies.quoted(version.toString()) : Replies.unauthorized();
    }

    /** {@code POST /rest/auth/login} with {@code {"username","password"}}. */
    HttpResponse restLogin(HttpRequest request) {
        Optional<Duration> wait = throttle.waitBefore(request.clientAddress());
        if (wait.isPresent()) {
            return Replies.tooManyFailedLogins(wait.get());
        }
        JsonNode body = parseObject(request);
        if (body == null || !body.path("username").isTextual() || !body.path("password").isTextual()) {
            return Replies.error(400, 0, "Request message is not valid: expected {\"username\",\"password\"}");
        }
        Optional<TokenStore.TokenPair> tokenPair = tokens.loginWithRefresh(body.get("username").asText(),
                body.get("password").asText());
        if (tokenPair.isEmpty()) {
            throttle.failed(request.clientAddress());
        } else {
            throttle.succeeded(request.clientAddress());
        }
        return tokenPair
                .map(pair -> {
                    ObjectNode answer = Replies.JSON.createObjectNode()
                            .put("access_token", pair.accessToken())
                            .put("refresh_token", pair.refreshToken());
                    return Replies.json(200, answer);
                })
                .orElseGet(Replies::unauthorized);
    }

    /** {@code POST /rest/auth/logout}: ends the refresh token of the body and the Bearer token; always 204. */
    HttpResponse restLogout(HttpRequest request) {
        JsonNode body = parseObject(request);
        if (body != null && body.path("refresh_token").isTextual()) {
            tokens.logout(body.get("refresh_token").asText());
        }
        token(request).ifPresent(tokens::logout);
        return HttpResponse.empty(204);
    }

    private Optional<String> token(HttpRequest request) {
        return switch (Credentials.parse(request.headers().get("Authorization"))) {
            case Credentials.Basic basic -> Optional.of(basic.password());
            case Credentials.Bearer bearer when version.acceptsBearer() -> Optional.of(bearer.token());
            case null, default -> Optional.empty();
        };
    }

    private static JsonNode parseObject(HttpRequest request) {
        try {
            JsonNode node = request.body().length == 0 ? null : Replies.JSON.readTree(request.body());
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }
}
