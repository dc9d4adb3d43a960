package io.arrowhead.scaleio.client.internal.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.arrowhead.scaleio.client.internal.Json;

/**
 * The values of the records' components, read from the parser's current token. The shapes gateways send are read
 * here; any other (a number where text is expected, a string where a number is, a missing array) goes to databind,
 * which coerces it or fails exactly as it always did.
 */
final class Values {

    private Values() {
    }

    /** Numbers and booleans as their text, as databind coerces them (the simulator sends {@code sessionTag} so). */
    static String text(JsonParser parser) throws IOException {
        return switch (parser.currentToken()) {
            case VALUE_STRING -> parser.getText();
            case VALUE_NULL -> null;
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> parser.getValueAsString();
            default -> Json.databind(parser, String.class);
        };
    }

    static Long wholeNumber(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return parser.getLongValue();
        }
        return token == JsonToken.VALUE_NULL ? null : Json.databind(parser, Long.class);
    }

    /** A primitive {@code long}: {@code null} reads as 0, as databind reads it for a primitive. */
    static long primitiveLong(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return parser.getLongValue();
        }
        return token == JsonToken.VALUE_NULL ? 0 : Json.databind(parser, Long.TYPE);
    }

    static Integer integer(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return parser.getIntValue();
        }
        return token == JsonToken.VALUE_NULL ? null : Json.databind(parser, Integer.class);
    }

    static Boolean bool(JsonParser parser) throws IOException {
        return switch (parser.currentToken()) {
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> Json.databind(parser, Boolean.class);
        };
    }

    /** An array of strings; {@code null} for JSON {@code null}, which the records turn into an empty list. */
    static List<String> texts(JsonParser parser) throws IOException {
        return list(parser, Values::text, String.class);
    }

    /**
     * An array read element by element; {@code null} elements stay, as databind keeps them. Anything but an array
     * or {@code null} goes to databind.
     */
    static <T> List<T> list(JsonParser parser, ModelReader<T> elements, Class<T> elementType) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.START_ARRAY) {
            return Json.databindList(parser, elementType);
        }
        List<T> list = new ArrayList<>();
        for (token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token == null) {
                throw new IOException("The answer ended inside an array.");
            }
            list.add(token == JsonToken.VALUE_NULL ? null : elements.read(parser));
        }
        return list;
    }
}
