package io.arrowhead.scaleio.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.arrowhead.scaleio.client.internal.read.ModelReader;

/**
 * The one JSON configuration of the client. Gateways add fields and values from release to release, so unknown
 * fields are ignored and unknown enum values fall back to the enum's default; enums match in any case.
 * <p>
 * Databind is made ready only when something needs it (a type without a hand-written reader, a value of an odd
 * shape, a request body): in a fresh JVM that took about half a second, which the login and the first list of a
 * console waited for although they read nothing databind has to read.
 */
public final class Json {

    /** Initialised on first use. */
    private static final class Databind {

        static final ObjectMapper MAPPER = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .build();
    }

    /** For text already in memory; as {@link AnswerParsers#values()}, without limits. */
    private static final JsonFactory TEXT = JsonFactory.builder().build();

    // see AnswerParsers#statistics
    private static final JsonFactory STREAMING = JsonFactory.builder()
            .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .build();

    private Json() {
    }

    public static <T> T read(String json, Class<T> type) throws IOException {
        try (JsonParser parser = TEXT.createParser(json)) {
            return read(parser, type);
        }
    }

    /**
     * Reads the value as the parser streams it in, without holding the text: with the type's
     * {@linkplain ModelReader hand-written reader} if it has one, else with databind.
     */
    public static <T> T read(JsonParser json, Class<T> type) throws IOException {
        ModelReader<T> reader = ModelReader.of(type);
        if (reader == null) {
            return databind(json, type);
        }
        if (json.currentToken() == null) {
            json.nextToken();
        }
        return reader.read(json);
    }

    public static <T> List<T> readList(String json, Class<T> elementType) throws IOException {
        try (JsonParser parser = TEXT.createParser(json)) {
            return readList(parser, elementType);
        }
    }

    public static <T> List<T> readList(JsonParser json, Class<T> elementType) throws IOException {
        ModelReader<T> reader = ModelReader.of(elementType);
        if (reader == null) {
            return databindList(json, elementType);
        }
        if (json.currentToken() == null) {
            json.nextToken();
        }
        return ModelReader.list(json, reader, elementType);
    }

    /** The value at the parser's current token (or its next, if it has none yet) as databind reads it. */
    public static <T> T databind(JsonParser json, Class<T> type) throws IOException {
        return Databind.MAPPER.readValue(json, type);
    }

    /** {@link #databind(JsonParser, Class)} for a list of the type. */
    public static <T> List<T> databindList(JsonParser json, Class<T> elementType) throws IOException {
        ObjectMapper mapper = Databind.MAPPER;
        return mapper.readValue(json, mapper.getTypeFactory().constructCollectionType(List.class, elementType));
    }

    /** A JSON string such as the login token {@code "YWRt..."} or the version {@code "3.5"}. */
    public static String readString(String json) throws IOException {
        try (JsonParser parser = TEXT.createParser(json)) {
            return readString(parser);
        }
    }

    /** Reads only the first token: anything but a string is refused whatever follows it. */
    public static String readString(JsonParser json) throws IOException {
        JsonToken token = json.currentToken() != null ? json.currentToken() : json.nextToken();
        if (token != JsonToken.VALUE_STRING) {
            throw new IOException("Expected a JSON string, not " + describe(token) + ".");
        }
        return json.getText();
    }

    /** A statistics parser without limits, for text already in memory such as a fixture. */
    public static JsonParser parser(InputStream json) throws IOException {
        return STREAMING.createParser(json);
    }

    public static ObjectNode newObject() {
        return JsonNodeFactory.instance.objectNode();
    }

    public static byte[] bytes(JsonNode node) {
        try {
            return Databind.MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException("A JSON tree always serialises.", e);
        }
    }

    /** The kind of a JSON value, for messages that must not quote secrets. */
    static String describe(JsonToken token) {
        if (token == null || token == JsonToken.NOT_AVAILABLE) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT -> "a JSON object";
            case START_ARRAY -> "a JSON array";
            case VALUE_STRING -> "a JSON string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a JSON number";
            case VALUE_TRUE, VALUE_FALSE -> "a JSON boolean";
            case VALUE_NULL -> "a JSON null";
            default -> "a JSON " + token.name().toLowerCase(Locale.ROOT);
        };
    }
}
