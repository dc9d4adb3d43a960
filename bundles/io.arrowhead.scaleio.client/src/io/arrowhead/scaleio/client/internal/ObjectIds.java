package io.arrowhead.scaleio.client.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** Checks object ids before they go into a request path or body. */
public final class ObjectIds {

    private static final Pattern ID = Pattern.compile("[0-9a-fA-F]{16}");

    private ObjectIds() {
    }

    /**
     * Returns the id in lower case, the gateway's spelling.
     *
     * @param what names the id in the message, such as "volume id"
     * @throws IllegalArgumentException unless the id is exactly 16 hex digits
     */
    public static String require(String id, String what) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    (id == null ? "No " + what + " given" : "'" + id + "' is not a valid " + what)
                            + ": a ScaleIO id is 16 hexadecimal digits.");
        }
        return id.toLowerCase(Locale.ROOT);
    }
}
