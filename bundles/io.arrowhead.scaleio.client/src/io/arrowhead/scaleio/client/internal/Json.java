package io.arrowhead.scaleio.client.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one JSON configuration of the client. Gateways add fields and values from release to release, so unknown
 * fields are ignored and unknown enum values fall back to the enum's default; enums match in any case.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();
    private static final TypeReference<Map<String, Object>> PLAIN_OBJECT = new TypeReference<>() {
    };

    private Json() {
    }

    public static <T> T read(String json, Class<T> type) throws IOException {
        return MAPPER.readValue(json, type);
    }

    public static <T> List<T> readList(String json, Class<T> elementType) throws IOException {
        return MAPPER.readValue(json, MAPPER.getTypeFactory().constructCollectionType(List.class, elementType));
    }

    /** A JSON string such as the login token {@code "YWRt..."} or the version {@code "3.5"}. */
    public static String readString(String json) throws IOException {
        JsonNode node = MAPPER.readTree(json);
        if (node == null || !node.isTextual()) {
            throw new IOException("Expected a JSON string, not " + describe(node) + ".");
        }
        return node.textValue();
    }

    public static JsonNode readTree(String json) throws IOException {
        return MAPPER.readTree(json);
    }

    /** A JSON object as plain Java maps, lists, numbers, strings and booleans. */
    public static Map<String, Object> toPlainMap(JsonNode object) {
        return MAPPER.convertValue(object, PLAIN_OBJECT);
    }

    public static ObjectNode newObject() {
        return MAPPER.createObjectNode();
    }

    public static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException("A JSON tree always serialises.", e);
        }
    }

    /** The kind of a JSON value, for messages that must not quote secrets. */
    public static String describe(JsonNode node) {
        return node == null || node.isMissingNode() ? "nothing" : "a JSON " + node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
