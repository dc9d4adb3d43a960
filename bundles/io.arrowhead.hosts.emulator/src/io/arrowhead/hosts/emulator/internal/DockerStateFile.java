package io.arrowhead.hosts.emulator.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.arrowhead.hosts.internal.AtomicFiles;

/**
 * One emulated host's Docker volumes and containers as a JSON file, so that they outlive a restart as on a real
 * host. Every change replaces the file whole (see {@link AtomicFiles}).
 */
final class DockerStateFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    DockerStateFile(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    Path path() {
        return file;
    }

    /** Reads the saved volumes and containers into the maps; nothing while the file does not exist yet. */
    void load(Map<String, DockerDaemon.Volume> volumes, Map<String, DockerDaemon.Container> containers)
            throws IOException {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return;
        }
        try {
            JsonNode root = JSON.readTree(content);
            for (JsonNode node : root.path("volumes")) {
                String name = text(node, "name");
                volumes.put(name, new DockerDaemon.Volume(name, text(node, "driver"), strings(node.path("labels")),
                        strings(node.path("options")), Instant.parse(text(node, "createdAt"))));
            }
            for (JsonNode node : root.path("containers")) {
                DockerDaemon.Container container = new DockerDaemon.Container(text(node, "id"), text(node, "name"),
                        text(node, "volume"), Instant.parse(text(node, "createdAt")));
                container.state = text(node, "state");
                container.stateSince = Instant.parse(text(node, "stateSince"));
                containers.put(container.name, container);
            }
        } catch (JsonProcessingException | IllegalArgumentException | DateTimeParseException e) {
            throw new IOException("The emulated Docker state in " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    void save(Collection<DockerDaemon.Volume> volumes, Collection<DockerDaemon.Container> containers)
            throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode volumeNodes = root.putArray("volumes");
        ArrayNode containerNodes = root.putArray("containers");
        for (DockerDaemon.Volume volume : volumes) {
            ObjectNode node = volumeNodes.addObject().put("name", volume.name())
                    .put("driver", volume.driver()).put("createdAt", volume.createdAt().toString());
            volume.labels().forEach(node.putObject("labels")::put);
            volume.options().forEach(node.putObject("options")::put);
        }
        for (DockerDaemon.Container container : containers) {
            containerNodes.addObject().put("id", container.id).put("name", container.name)
                    .put("volume", container.volumeName).put("state", container.state)
                    .put("createdAt", container.createdAt.toString())
                    .put("stateSince", container.stateSince.toString());
        }
        AtomicFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("the field " + field + " is missing or not text.");
        }
        return value.asText();
    }

    private static Map<String, String> strings(JsonNode object) {
        Map<String, String> map = new LinkedHashMap<>();
        object.properties().forEach(entry -> map.put(entry.getKey(), entry.getValue().asText()));
        return map;
    }
}
