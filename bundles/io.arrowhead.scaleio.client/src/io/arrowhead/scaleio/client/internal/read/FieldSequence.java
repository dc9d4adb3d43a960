package io.arrowhead.scaleio.client.internal.read;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * The field names of the objects of one array, expected in the order of the object before. A gateway writes every
 * object of a type with the same fields in the same order, so the parser can compare the next name's bytes with the
 * expected name ({@link JsonParser#nextFieldName(com.fasterxml.jackson.core.SerializableString)}) instead of
 * decoding and looking it up in its name table, which took a third of the time of reading a large list. A name out
 * of order is read the ordinary way and becomes part of the order for the next object. Used by one thread, for one
 * answer.
 */
final class FieldSequence {

    private static final int MAX_NAMES = 256;

    private SerializedString[] expected = new SerializedString[0];
    private SerializedString[] seen = new SerializedString[16];
    private int position;
    private final Map<String, SerializedString> names = new HashMap<>();

    /** The name of the object's next field, or {@code null} at the end of the object (its last token read). */
    String next(JsonParser parser) throws IOException {
        if (position < expected.length) {
            SerializedString guess = expected[position];
            if (parser.nextFieldName(guess)) {
                return seen(guess);
            }
        } else {
            parser.nextToken();
        }
        if (parser.currentToken() != JsonToken.FIELD_NAME) {
            endObject();
            return null;
        }
        String name = parser.currentName();
        return seen(names.size() < MAX_NAMES ? names.computeIfAbsent(name, SerializedString::new)
                : new SerializedString(name));
    }

    private String seen(SerializedString name) {
        if (position == seen.length) {
            seen = Arrays.copyOf(seen, position * 2);
        }
        seen[position++] = name;
        return name.getValue();
    }

    private void endObject() {
        if (position != expected.length || !Arrays.equals(seen, 0, position, expected, 0, position)) {
            expected = Arrays.copyOf(seen, Math.min(position, MAX_NAMES));
        }
        position = 0;
    }
}
