package io.arrowhead.scaleio.simulator.internal.gateway;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the JSON bodies of admin requests. Numbers may come as JSON numbers or numeric strings, since gateway
 * clients habitually send every value as a string. Failures carry a message fit for the 400 answer.
 */
final class AdminRequests {

    private AdminRequests() {
    }

    static JsonNode object(byte[] body) {
        try {
            JsonNode node = body.length == 0 ? null : Replies.JSON.readTree(body);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("The body must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException("The body cannot be read: " + e.getMessage());
        }
    }

    static String text(JsonNode body, String field, String fallback) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a string");
        }
        return value.asText();
    }

    static String requiredText(JsonNode body, String field) {
        String value = text(body, field, null);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("\"" + field + "\" is required");
        }
        return value;
    }

    static long number(JsonNode body, String field, long fallback, long min, long max) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        long number;
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            number = value.asLong();
        } else if (value.isTextual() && value.asText().strip().matches("-?\\d{1,18}")) {
            number = Long.parseLong(value.asText().strip());
        } else {
            throw new IllegalArgumentException("\"" + field + "\" must be a whole number");
        }
        if (number < min || number > max) {
            throw new IllegalArgumentException("\"" + field + "\" must be between " + min + " and " + max);
        }
        return number;
    }

    static long requiredNumber(JsonNode body, String field, long min, long max) {
        if (body.get(field) == null || body.get(field).isNull()) {
            throw new IllegalArgumentException("\"" + field + "\" is required");
        }
        return number(body, field, 0, min, max);
    }
}
