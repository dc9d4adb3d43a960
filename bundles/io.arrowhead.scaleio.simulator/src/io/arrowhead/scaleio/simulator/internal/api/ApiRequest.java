package io.arrowhead.scaleio.simulator.internal.api;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One authenticated API call as the transport hands it to the cluster: the transport has already checked the
 * token, applied faults and answered login, logout and version itself.
 *
 * @param method upper-case HTTP method
 * @param path the decoded path, always starting with {@code /api/}, without the query string
 * @param query decoded query parameters (last value wins)
 * @param body the raw request body, empty when there is none
 * @param user the user the token belongs to, for the audit trail of a later issue
 */
public record ApiRequest(String method, String path, Map<String, String> query, byte[] body, String user) {

    public ApiRequest {
        query = Map.copyOf(query);
        body = body == null ? new byte[0] : body;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
