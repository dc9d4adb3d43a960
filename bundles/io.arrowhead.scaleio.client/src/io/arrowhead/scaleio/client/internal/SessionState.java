package io.arrowhead.scaleio.client.internal;

/**
 * A logged-in session: the token, the API version and the {@code Authorization} value they make. Never shows the
 * token in {@link #toString()}.
 */
record SessionState(String token, String apiVersion, String authorization) {

    static SessionState of(String user, String token, String apiVersion) {
        // goscaleio switches to Bearer from 4.0 on; before, the token is the Basic password of any user name
        String authorization = ApiVersion.usesBearerToken(apiVersion) ? "Bearer " + token
                : BasicAuthorization.of(user, token.toCharArray());
        return new SessionState(token, apiVersion, authorization);
    }

    @Override
    public String toString() {
        return "SessionState[apiVersion=" + apiVersion + "]";
    }
}
