package io.arrowhead.scaleio.simulator.internal.cluster;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A request body as clients send it: every value a string ({@code "10"}, {@code "TRUE"}, {@code "True"}), JSON
 * numbers and booleans tolerated, unknown fields (PyPowerFlex's {@code volumeClass}) ignored. An empty string
 * counts as absent: REX-Ray sends {@code "allSdcs":""} to mean "not set".
 */
final class RequestBody {

    /** A repeated field is refused, not silently replaced by its last value: which one the client meant is unknown. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final JsonNode root;

    private RequestBody(JsonNode root) {
        this.root = root;
    }

    /** An empty body reads as {@code {}}; anything but a JSON object is a 400. */
    static RequestBody parse(byte[] body) {
        if (body.length == 0) {
            return new RequestBody(JsonNodeFactory.instance.objectNode());
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw GatewayErrors.invalid(e.getOriginalMessage());
        } catch (IOException e) {
            throw GatewayErrors.invalid(e.getMessage());
        }
        if (root == null || root.isMissingNode()) {
            return new RequestBody(JsonNodeFactory.instance.objectNode());
        }
        if (!(root instanceof ObjectNode)) {
            throw GatewayErrors.invalid("The request body must be a JSON object.");
        }
        return new RequestBody(root);
    }

    JsonNode root() {
        return root;
    }

    /** The value as text, or null when absent, JSON null or empty. */
    String text(String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText();
        return text.isEmpty() ? null : text;
    }

    boolean has(String field) {
        return text(field) != null;
    }

    String required(String field) {
        String value = text(field);
        if (value == null) {
            throw GatewayErrors.missingParameters(field);
        }
        return value;
    }

    /** A boolean given as TRUE/True/true/FALSE/false (any case), or the default when absent. */
    boolean flag(String field, boolean absent) {
        String value = text(field);
        if (value == null) {
            return absent;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw GatewayErrors.invalid(field + " must be TRUE or FALSE, but its value is " + value + ".");
        };
    }

    /** A whole number (from a string or a JSON number); 400 when it is not one. */
    long number(String field) {
        String value = required(field);
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw GatewayErrors.invalid(field + " must be a whole number, but its value is " + value + ".");
        }
    }

    /** The elements of an array field, or null when the field is absent; 400 when it is not an array. */
    List<JsonNode> array(String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            throw GatewayErrors.invalid(field + " must be a JSON array.");
        }
        List<JsonNode> elements = new ArrayList<>(value.size());
        value.forEach(elements::add);
        return elements;
    }

    /** A nested object of an array, such as one of {@code snapshotDefs}, read by the same rules. */
    static RequestBody of(JsonNode element, String arrayName) {
        if (!(element instanceof ObjectNode)) {
            throw GatewayErrors.invalid("Every element of " + arrayName + " must be a JSON object.");
        }
        return new RequestBody(element);
    }
}
