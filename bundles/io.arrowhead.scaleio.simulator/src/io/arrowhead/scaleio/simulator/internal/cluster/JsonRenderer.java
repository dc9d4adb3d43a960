package io.arrowhead.scaleio.simulator.internal.cluster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.arrowhead.scaleio.simulator.internal.api.ApiResponse;

/**
 * Streams answers straight into bytes with Jackson's generator: listing 32,768 volumes must not build a tree of
 * them first.
 */
final class JsonRenderer {

    /** Writes one JSON value. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonRenderer() {
    }

    static byte[] render(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (JsonGenerator json = FACTORY.createGenerator(bytes)) {
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory failed", e);
        }
        return bytes.toByteArray();
    }

    static ApiResponse ok(Body body) {
        return ApiResponse.ok(render(body));
    }

    /** A bare JSON string answer, such as the quoted id of {@code queryIdByKey}. */
    static ApiResponse quoted(String text) {
        return ok(json -> json.writeString(text));
    }

    static String href(WireType type, String id) {
        return "/api/instances/" + type.wireName() + "::" + id;
    }

    /**
     * Writes {@code "links":[...]}: self, one rel per relationship of the type, then parent links given as
     * alternating field name and parent href (null hrefs are skipped: a base volume has no ancestor).
     */
    static void links(JsonGenerator json, WireType type, String id, String... parents) throws IOException {
        String self = href(type, id);
        json.writeArrayFieldStart("links");
        link(json, "self", self);
        for (String related : type.relationships()) {
            link(json, "/api/" + type.wireName() + "/relationship/" + related, self + "/relationships/" + related);
        }
        for (int i = 0; i < parents.length; i += 2) {
            if (parents[i + 1] != null) {
                link(json, "/api/parent/relationship/" + parents[i], parents[i + 1]);
            }
        }
        json.writeEndArray();
    }

    private static void link(JsonGenerator json, String rel, String href) throws IOException {
        json.writeStartObject();
        json.writeStringField("href", href);
        json.writeStringField("rel", rel);
        json.writeEndObject();
    }

    static void stringArray(JsonGenerator json, String field, Iterable<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
