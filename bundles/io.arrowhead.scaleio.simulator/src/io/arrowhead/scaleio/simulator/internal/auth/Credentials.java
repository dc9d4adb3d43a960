package io.arrowhead.scaleio.simulator.internal.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** What an {@code Authorization} header carries: Basic user and password, or a Bearer token. */
public sealed interface Credentials {

    /** Basic credentials; after login the password is the token and the user may be anything, even empty. */
    record Basic(String user, String password) implements Credentials {
    }

    /** The PowerFlex 4.x form, {@code Authorization: Bearer <token>}. */
    record Bearer(String token) implements Credentials {
    }

    /** Parses the header value; {@code null} when it is missing or malformed. */
    static Credentials parse(String header) {
        if (header == null) {
            return null;
        }
        String value = header.strip();
        int space = value.indexOf(' ');
        if (space < 0) {
            return null;
        }
        String scheme = value.substring(0, space);
        String parameter = value.substring(space + 1).strip();
        if (scheme.equalsIgnoreCase("Bearer")) {
            return parameter.isEmpty() ? null : new Bearer(parameter);
        }
        if (!scheme.equalsIgnoreCase("Basic")) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(parameter), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new Basic(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
