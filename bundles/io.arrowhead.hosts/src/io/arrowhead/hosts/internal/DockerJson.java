package io.arrowhead.hosts.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.arrowhead.hosts.ContainerUse;
import io.arrowhead.hosts.DockerVolume;

/** Reads Docker's JSON output ({@code docker volume inspect}, {@code docker ps --format '{{json .}}'}). */
public final class DockerJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DockerJson() {
    }

    /** The volumes in a {@code docker volume inspect} array; blank output = none. */
    public static List<DockerVolume> volumes(String json) throws IOException {
        List<DockerVolume> volumes = new ArrayList<>();
        if (json.isBlank()) {
            return volumes;
        }
        JsonNode root = MAPPER.readTree(json);
        if (!root.isArray()) {
            throw new IOException("docker volume inspect did not print a JSON array.");
        }
        for (JsonNode volume : root) {
            volumes.add(new DockerVolume(text(volume, "Name"), text(volume, "Driver"), map(volume.get("Labels")),
                map(volume.get("Options")), text(volume, "Mountpoint")));
        }
        return volumes;
    }

    /** One JSON object per line, as {@code docker ps --format '{{json .}}'} prints them. */
    public static List<ContainerUse> containers(String jsonLines) throws IOException {
        List<ContainerUse> containers = new ArrayList<>();
        for (String line : jsonLines.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode container;
            try {
                container = MAPPER.readTree(line);
            } catch (JsonProcessingException e) {
                throw new IOException("docker ps printed a line that is not JSON: " + line, e);
            }
            containers.add(new ContainerUse(text(container, "ID"), text(container, "Names"), text(container, "State"),
                text(container, "Image")));
        }
        return containers;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Map<String, String> map(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            node.properties().forEach(entry -> map.put(entry.getKey(), entry.getValue().asText()));
        }
        return map;
    }
}
