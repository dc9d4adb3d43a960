package io.arrowhead.core;

import java.util.Objects;
import java.util.UUID;

import io.arrowhead.scaleio.client.GatewayEndpoint;

/**
 * What the console remembers about a gateway besides its secrets: a stable id, the name shown in the navigator, the
 * URL and the user. The password and any pinned certificate live in secure storage, keyed by id and by endpoint.
 *
 * @param demo whether this is the embedded demo gateway, which is never saved
 */
public record ConnectionSettings(String id, String name, String url, String user, boolean demo) {

    public ConnectionSettings {
        Objects.requireNonNull(id, "id");
        name = requireText(name, "name");
        url = requireText(url, "URL");
        user = requireText(user, "user");
        GatewayEndpoint.parse(url);
    }

    /** Settings for a new gateway, with a fresh id. */
    public static ConnectionSettings create(String name, String url, String user) {
        return new ConnectionSettings(UUID.randomUUID().toString(), name, url, user, false);
    }

    public GatewayEndpoint endpoint() {
        return GatewayEndpoint.parse(url);
    }

    public ConnectionSettings withValues(String newName, String newUrl, String newUser) {
        return new ConnectionSettings(id, newName, newUrl, newUser, demo);
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The gateway's " + what + " is empty.");
        }
        return value.strip();
    }
}
