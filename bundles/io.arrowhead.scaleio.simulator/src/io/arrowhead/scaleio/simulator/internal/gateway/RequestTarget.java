package io.arrowhead.scaleio.simulator.internal.gateway;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import io.arrowhead.scaleio.simulator.internal.http.HttpRequest;

/**
 * The decoded path and query of a request. The path is percent-decoded exactly once: Cinder double-encodes volume
 * names in legacy {@code getByName::} paths, and the cluster expects to see the once-decoded form.
 *
 * @param path the decoded path; a {@code +} stays a plus, as in any path
 * @param query decoded parameters, where the last of repeated names wins
 */
record RequestTarget(String path, Map<String, String> query) {

    /** IllegalArgumentException when the target holds a malformed escape. */
    static RequestTarget of(HttpRequest request) {
        return new RequestTarget(decodePath(request.rawPath()), decodeQuery(request.rawQuery()));
    }

    static String decodePath(String raw) {
        if (raw.indexOf('%') < 0 && raw.chars().allMatch(c -> c < 0x80)) {
            return raw;
        }
        // The HTTP reader keeps each octet as one char, so raw UTF-8 and %XX escapes decode the same way.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(raw.charAt(i + 2), 16);
                if (low < 0) {
                    throw new IllegalArgumentException("Malformed percent-encoding in the path: " + raw);
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else {
                bytes.write(c & 0xff);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static Map<String, String> decodeQuery(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Map.of();
        }
        Map<String, String> query = new HashMap<>();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            query.put(URLDecoder.decode(name, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return query;
    }
}
