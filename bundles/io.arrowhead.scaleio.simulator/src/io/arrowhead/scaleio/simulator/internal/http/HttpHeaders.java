package io.arrowhead.scaleio.simulator.internal.http;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Request header fields by case-insensitive name. Repeated fields are joined with {@code ", "} as RFC 9110 allows
 * for list-valued fields; the reader refuses repeats of the fields where that would be ambiguous.
 */
public final class HttpHeaders {

    private final Map<String, String> fields = new HashMap<>();

    void add(String name, String value) {
        fields.merge(name.toLowerCase(Locale.ROOT), value, (old, added) -> old + ", " + added);
    }

    /** The value of a field, or {@code null} when the request does not carry it. */
    public String get(String name) {
        return fields.get(name.toLowerCase(Locale.ROOT));
    }

    /** Whether a comma-separated field such as {@code Connection} lists the token, ignoring case. */
    public boolean hasToken(String name, String token) {
        String value = get(name);
        if (value == null) {
            return false;
        }
        for (String part : value.split(",")) {
            if (part.trim().equalsIgnoreCase(token)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return fields.toString();
    }
}
