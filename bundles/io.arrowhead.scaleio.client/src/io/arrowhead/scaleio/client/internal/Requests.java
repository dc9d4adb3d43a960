package io.arrowhead.scaleio.client.internal;

import io.arrowhead.scaleio.client.GatewayEndpoint;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/** Builds the HTTP requests: URL, headers and body. */
final class Requests {

    private static final String JSON = "application/json";

    private Requests() {
    }

    /** A login-phase GET ({@code login}, {@code version}): plain JSON, before the version is known. */
    static Request loginPhase(GatewayEndpoint endpoint, String path, String authorization) {
        return new Request.Builder().url(endpoint.resolve(path).toString())
                .header("Authorization", authorization)
                .header("Accept", JSON)
                .get()
                .build();
    }

    /**
     * A call in a session. Like goscaleio, it names the API version in {@code Accept} and, with a body, in
     * {@code Content-Type}.
     *
     * @param body {@code null} for a GET
     */
    static Request inSession(GatewayEndpoint endpoint, SessionState session, String method, String path, byte[] body) {
        String versionedJson = JSON + ";version=" + session.apiVersion();
        // from bytes, so that OkHttp sends the media type as given instead of adding a charset
        RequestBody requestBody = body == null ? null : RequestBody.create(body, MediaType.get(versionedJson));
        return new Request.Builder().url(endpoint.resolve(path).toString())
                .header("Authorization", session.authorization())
                .header("Accept", versionedJson)
                .method(method, requestBody)
                .build();
    }
}
