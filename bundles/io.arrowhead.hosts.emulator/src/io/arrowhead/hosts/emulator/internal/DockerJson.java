package io.arrowhead.hosts.emulator.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Docker's JSON renderings: {@code volume inspect} (indented by four spaces) and {@code ps --format '{{json .}}'}. */
final class DockerJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter CREATED_AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z").withZone(ZoneOffset.UTC);

    private DockerJson() {
    }

    static String inspect(Iterable<DockerDaemon.Volume> volumes) {
        ArrayNode array = JSON.createArrayNode();
        for (DockerDaemon.Volume volume : volumes) {
            ObjectNode node = array.addObject();
            node.put("CreatedAt", volume.createdAt().truncatedTo(ChronoUnit.SECONDS).toString());
            node.put("Driver", volume.driver());
            putMap(node, "Labels", volume.labels());
            node.put("Mountpoint", volume.mountpoint());
            node.put("Name", volume.name());
            putMap(node, "Options", volume.options());
            node.put("Scope", "local");
        }
        if (array.isEmpty()) {
            return "[]\n";
        }
        DefaultIndenter indenter = new DefaultIndenter("    ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withArrayIndenter(indenter).withObjectIndenter(indenter);
        try {
            return JSON.writer(printer).writeValueAsString(array) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Go marshals maps with sorted keys; an empty or missing map is null. */
    private static void putMap(ObjectNode node, String field, Map<String, String> values) {
        if (values == null || values.isEmpty()) {
            node.putNull(field);
        } else {
            ObjectNode map = node.putObject(field);
            new TreeMap<>(values).forEach(map::put);
        }
    }

    static String psLine(DockerDaemon.Container container) {
        Instant now = Instant.now();
        ObjectNode node = JSON.createObjectNode();
        node.put("Command", "\"sleep infinity\"");
        node.put("CreatedAt", CREATED_AT.format(container.createdAt) + " UTC");
        node.put("ID", container.id.substring(0, 12));
        node.put("Image", container.image);
        node.put("Labels", "");
        node.put("LocalVolumes", "1");
        node.put("Mounts", container.volumeName);
        node.put("Names", container.name);
        node.put("Networks", "bridge");
        node.put("Ports", "");
        node.put("RunningFor", ago(Duration.between(container.createdAt, now)));
        node.put("Size", "0B");
        node.put("State", container.state);
        node.put("Status", status(container, now));
        return node.toString();
    }

    static String status(DockerDaemon.Container container, Instant now) {
        Duration since = Duration.between(container.stateSince, now);
        return switch (container.state) {
            case "running" -> "Up " + human(since);
            case "exited" -> "Exited (0) " + ago(since);
            default -> "Created";
        };
    }

    private static String ago(Duration duration) {
        return human(duration) + " ago";
    }

    /** Docker's units.HumanDuration. */
    private static String human(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 1) {
            return "Less than a second";
        } else if (seconds == 1) {
            return "1 second";
        } else if (seconds < 60) {
            return seconds + " seconds";
        } else if (seconds / 60 == 1) {
            return "About a minute";
        } else if (seconds < 46 * 60) {
            return seconds / 60 + " minutes";
        } else if (Math.round(seconds / 3600.0) == 1) {
            return "About an hour";
        } else if (seconds < 48 * 3600) {
            return Math.round(seconds / 3600.0) + " hours";
        }
        return seconds / 86400 + " days";
    }
}
