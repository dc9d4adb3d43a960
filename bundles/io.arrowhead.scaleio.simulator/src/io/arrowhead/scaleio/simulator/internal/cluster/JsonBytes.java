package io.arrowhead.scaleio.simulator.internal.cluster;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.arrowhead.scaleio.simulator.internal.PiecedBody;

/** Joins JSON already rendered into one body, without copying it: the server writes the pieces as they are. */
final class JsonBytes {

    private static final byte[] COMMA = { ',' };
    private static final byte[] OPEN_ARRAY = { '[' };
    private static final byte[] CLOSE_ARRAY = { ']' };

    private final List<byte[]> pieces = new ArrayList<>();

    /** Appends JSON text as it is; the array must not change afterwards. */
    JsonBytes raw(byte[] json) {
        pieces.add(json);
        return this;
    }

    /** Appends ASCII JSON text such as a field name with its quotes and colon; not escaped. */
    JsonBytes ascii(String json) {
        return raw(json.getBytes(StandardCharsets.US_ASCII));
    }

    /** Appends {@code [a,b,...]} of the items' JSON, exactly as a generator writes such an array. */
    <T> JsonBytes array(Iterable<T> items, Function<T, byte[]> json) {
        raw(OPEN_ARRAY);
        boolean first = true;
        for (T item : items) {
            if (!first) {
                raw(COMMA);
            }
            raw(json.apply(item));
            first = false;
        }
        return raw(CLOSE_ARRAY);
    }

    /** The pieces appended so far, not copied. */
    PiecedBody toBody() {
        return PiecedBody.of(pieces);
    }
}
