package io.arrowhead.scaleio.simulator.internal.cluster;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.arrowhead.scaleio.simulator.internal.ObjectIdAllocator;

/** One object of a saved state, with typed field access that names the field and object when it fails. */
final class Saved {

    private final JsonNode node;
    private final String where;

    private Saved(JsonNode node, String where) {
        this.node = node;
        this.where = where;
    }

    static Saved of(JsonNode node, String where) throws IOException {
        if (!node.isObject()) {
            throw new IOException(where + ": expected a JSON object");
        }
        return new Saved(node, where);
    }

    static List<Saved> list(JsonNode parent, String field) throws IOException {
        return list(parent, field, field);
    }

    static List<Saved> list(JsonNode parent, String field, String where) throws IOException {
        JsonNode array = parent.path(field);
        if (!array.isArray()) {
            throw new IOException(where + ": expected a JSON array");
        }
        List<Saved> objects = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            objects.add(of(array.get(i), where + "[" + i + "]"));
        }
        return objects;
    }

    JsonNode node() {
        return node;
    }

    String where() {
        return where;
    }

    String text(String field) throws IOException {
        JsonNode value = node.path(field);
        if (!value.isTextual()) {
            throw problem(field, "expected a string");
        }
        return value.asText();
    }

    String optionalText(String field) throws IOException {
        return node.path(field).isNull() || node.path(field).isMissingNode() ? null : text(field);
    }

    long number(String field) throws IOException {
        JsonNode value = node.path(field);
        if (!value.isIntegralNumber()) {
            throw problem(field, "expected a whole number");
        }
        return value.asLong();
    }

    boolean flag(String field) throws IOException {
        JsonNode value = node.path(field);
        if (!value.isBoolean()) {
            throw problem(field, "expected true or false");
        }
        return value.asBoolean();
    }

    String id(String field) throws IOException {
        return id(text(field), where + "." + field);
    }

    String optionalId(String field) throws IOException {
        return optionalText(field) == null ? null : id(field);
    }

    static String id(String value, String where) throws IOException {
        if (!ObjectIdAllocator.isValid(value)) {
            throw new IOException(where + ": not a 16-digit hex object id: " + value);
        }
        return value;
    }

    /** An id that must name an object already read. */
    String reference(String field, Map<String, ?> known) throws IOException {
        String id = id(field);
        if (!known.containsKey(id)) {
            throw problem(field, "refers to the unknown object " + id);
        }
        return id;
    }

    String optionalReference(String field, Map<String, ?> known) throws IOException {
        return optionalText(field) == null ? null : reference(field, known);
    }

    IOException problem(String field, String message) {
        return new IOException(where + "." + field + ": " + message);
    }
}
