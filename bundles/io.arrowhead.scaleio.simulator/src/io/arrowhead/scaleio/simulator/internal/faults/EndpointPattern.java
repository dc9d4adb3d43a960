package io.arrowhead.scaleio.simulator.internal.faults;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which requests a fault applies to: {@code "METHOD /path-glob"} or {@code "/path-glob"} for any method, where
 * {@code *} matches any characters, slashes included. Matched against the decoded path without the query.
 *
 * @param method the upper-case method, or {@code null} for any
 * @param glob the path glob as given
 */
public record EndpointPattern(String method, String glob) {

    private static final Pattern METHOD = Pattern.compile("[A-Za-z]+");

    public EndpointPattern {
        if (glob == null || !(glob.startsWith("/") || glob.startsWith("*"))) {
            throw new IllegalArgumentException("An endpoint path must start with / or *: " + glob);
        }
    }

    /** Parses {@code "POST /api/types/Volume/instances"} or {@code "/api/login"}. */
    public static EndpointPattern parse(String endpoint) {
        if (endpoint == null || endpoint.isBlank()) {
            throw new IllegalArgumentException("An endpoint is required, e.g. \"GET /api/types/*\" or \"/api/*\"");
        }
        String text = endpoint.strip();
        int space = text.indexOf(' ');
        if (space < 0) {
            return new EndpointPattern(null, text);
        }
        String method = text.substring(0, space);
        if (!METHOD.matcher(method).matches()) {
            throw new IllegalArgumentException("Not an HTTP method: " + method + " in \"" + endpoint + "\"");
        }
        return new EndpointPattern(method.toUpperCase(Locale.ROOT), text.substring(space + 1).strip());
    }

    public boolean matches(String requestMethod, String path) {
        return (method == null || method.equalsIgnoreCase(requestMethod)) && globMatches(glob, 0, path, 0);
    }

    /** Glob matching with backtracking over {@code *}; patterns are short, so no regex compilation is needed. */
    private static boolean globMatches(String glob, int g, String path, int p) {
        while (g < glob.length()) {
            char c = glob.charAt(g);
            if (c == '*') {
                for (int rest = path.length(); rest >= p; rest--) {
                    if (globMatches(glob, g + 1, path, rest)) {
                        return true;
                    }
                }
                return false;
            }
            if (p >= path.length() || path.charAt(p) != c) {
                return false;
            }
            g++;
            p++;
        }
        return p == path.length();
    }

    @Override
    public String toString() {
        return method == null ? glob : method + " " + glob;
    }
}
