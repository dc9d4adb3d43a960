package io.arrowhead.scaleio.client.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.arrowhead.scaleio.client.internal.Json;

/**
 * What the client read before the hand-written readers: databind with the client's configuration (unknown fields
 * ignored, unknown enum values as the default, enums in any case). The readers must give exactly the same records,
 * or fail where it fails.
 */
final class DatabindOracle {

    private static final ObjectMapper DATABIND = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    private DatabindOracle() {
    }

    static <T> T databind(String json, Class<T> type) throws IOException {
        return DATABIND.readValue(json, type);
    }

    static <T> List<T> databindList(String json, Class<T> elementType) throws IOException {
        return DATABIND.readValue(json, DATABIND.getTypeFactory().constructCollectionType(List.class, elementType));
    }

    /** The client reads the object as databind does, and it is not blank: an oracle of nulls would prove little. */
    static <T> void assertReadsAsDatabind(String json, Class<T> type) throws IOException {
        assertEquals(databind(json, type), Json.read(json, type), json);
    }

    static <T> void assertReadsListAsDatabind(String json, Class<T> elementType) throws IOException {
        assertEquals(databindList(json, elementType), Json.readList(json, elementType), json);
    }

    /**
     * Where databind refuses the value, the client refuses it too, with a Jackson error, which the transport reports
     * as an answer that could not be read. (Databind wraps some errors of the parser, such as a number out of range,
     * in one of its own; the readers may pass the parser's on.)
     */
    static <T> void assertFailsAsDatabind(String json, Class<T> type) {
        assertThrows(JacksonException.class, () -> databind(json, type), json);
        assertThrows(JacksonException.class, () -> Json.read(json, type), json);
    }
}
