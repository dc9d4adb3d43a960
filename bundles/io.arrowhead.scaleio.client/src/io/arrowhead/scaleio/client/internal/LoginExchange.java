package io.arrowhead.scaleio.client.internal;

import java.io.IOException;
import java.util.Arrays;

import io.arrowhead.scaleio.client.CallCancellation;
import io.arrowhead.scaleio.client.GatewayClientException;
import io.arrowhead.scaleio.client.GatewayConfig;
import io.arrowhead.scaleio.client.GatewayEndpoint;

/**
 * One login: {@code GET /api/login} with the password for a token, then, unless the configuration forces a
 * version, {@code GET /api/version} with the token. Both answer a JSON string and go without a version in
 * {@code Accept}, since none is known yet.
 */
final class LoginExchange {

    private static final int UNAUTHORIZED = 401;

    private final GatewayConfig config;
    private final HttpTransport transport;
    private final CallCancellation cancellation;

    LoginExchange(GatewayConfig config, HttpTransport transport, CallCancellation cancellation) {
        this.config = config;
        this.transport = transport;
        this.cancellation = cancellation;
    }

    SessionState logIn() throws GatewayClientException {
        String token = transport.send(Requests.loginPhase(endpoint(), ApiPaths.LOGIN, passwordAuthorization()),
                cancellation, answer -> {
                    if (answer.status() == UNAUTHORIZED) {
                        throw ErrorResponses.authentication(endpoint(), answer,
                                "The gateway refused the login of user '" + config.user() + "'");
                    }
                    return readString(answer, "login");
                });
        String version = config.forcedApiVersion() != null ? config.forcedApiVersion() : askVersion(token);
        return SessionState.of(config.user(), token, version);
    }

    private String passwordAuthorization() {
        char[] password = config.password();
        try {
            return BasicAuthorization.of(config.user(), password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private String askVersion(String token) throws GatewayClientException {
        String authorization = BasicAuthorization.of(config.user(), token.toCharArray());
        String version = transport.send(Requests.loginPhase(endpoint(), ApiPaths.VERSION, authorization),
                cancellation, answer -> {
                    if (answer.status() == UNAUTHORIZED) {
                        throw ErrorResponses.authentication(endpoint(), answer,
                                "The gateway refused the token it had just issued");
                    }
                    return readString(answer, "version");
                });
        String majorMinor = ApiVersion.majorMinor(version);
        if (majorMinor == null) {
            throw new GatewayClientException(endpoint(), "The gateway reports the API version '" + version
                    + "', which is not of the form major.minor", null);
        }
        return majorMinor;
    }

    /** @throws IOException if reading the answer failed or went past the limit */
    private String readString(HttpAnswer answer, String call) throws IOException {
        if (!answer.isSuccess()) {
            throw ErrorResponses.of(endpoint(), answer);
        }
        try {
            String value = Json.readString(answer.parser());
            if (!value.isBlank()) {
                return value;
            }
        } catch (IOException e) {
            if (answer.readStopped()) {
                throw e; // the connection or a limit, not the form of the body
            }
            // the parser's message may quote the body, which may hold the token: say nothing of it
        }
        throw new GatewayClientException(endpoint(), "The gateway's answer to " + call
                + " is not a JSON string; is this a ScaleIO REST Gateway?", null);
    }

    private GatewayEndpoint endpoint() {
        return config.endpoint();
    }
}
