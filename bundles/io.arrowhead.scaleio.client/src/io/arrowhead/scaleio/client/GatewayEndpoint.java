package io.arrowhead.scaleio.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The address of a ScaleIO REST Gateway, normalised.
 * <p>
 * Users paste addresses in many shapes: {@code gw.example.com}, {@code https://gw:8443/}, or, as goscaleio and
 * REX-Ray document it, {@code https://gw/api}. All of them name the same gateway, so the optional {@code /api}
 * suffix is dropped and API paths are always built as {@code /api/...}. HTTPS is assumed when no scheme is given.
 */
public record GatewayEndpoint(String scheme, String host, int port) {

    private static final String API_PREFIX = "/api";

    public GatewayEndpoint {
        if (!"https".equals(scheme) && !"http".equals(scheme)) {
            throw new IllegalArgumentException("The gateway scheme must be https or http, not '" + scheme + "'.");
        }
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("The gateway address has no host name.");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("The gateway port must be between 1 and 65535, not " + port + ".");
        }
    }

    /**
     * Parses what a user typed.
     *
     * @throws IllegalArgumentException with a message fit to show the user
     */
    public static GatewayEndpoint parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Enter the gateway address, for example https://gateway.example.com.");
        }
        String trimmed = text.strip();
        String withScheme = trimmed.contains("://") ? trimmed : "https://" + trimmed;
        URI uri;
        try {
            uri = new URI(withScheme);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + trimmed + "' is not a valid gateway address: " + e.getReason() + ".");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("Leave the user name out of the gateway address; enter it in the user field.");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("The gateway address must not contain '?' or '#'.");
        }
        String path = stripTrailingSlashes(uri.getRawPath() == null ? "" : uri.getRawPath());
        if (!path.isEmpty() && !path.equals(API_PREFIX)) {
            throw new IllegalArgumentException("The gateway address may end in /api but must not contain another path ('" + path + "').");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("'" + trimmed + "' has no host name.");
        }
        int port = uri.getPort() != -1 ? uri.getPort() : "http".equals(scheme) ? 80 : 443;
        return new GatewayEndpoint(scheme, uri.getHost().toLowerCase(Locale.ROOT), port);
    }

    /** The URI of an API path such as {@code types/Volume/instances} or {@code /api/login}. */
    public URI resolve(String apiPath) {
        String relative = apiPath.startsWith(API_PREFIX + "/") ? apiPath.substring(API_PREFIX.length() + 1)
                : apiPath.startsWith("/") ? apiPath.substring(1) : apiPath;
        return URI.create(baseUri() + API_PREFIX + "/" + relative);
    }

    /** {@code scheme://host:port}, without a path. */
    public String baseUri() {
        return scheme + "://" + hostForUri() + ":" + port;
    }

    private String hostForUri() {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static String stripTrailingSlashes(String path) {
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(0, end);
    }

    @Override
    public String toString() {
        return baseUri();
    }
}
