package io.arrowhead.core.internal.hosts;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.arrowhead.core.hosts.OperationRecord;
import io.arrowhead.core.hosts.OperationSubject;
import io.arrowhead.core.hosts.StepRecord;

/**
 * One {@link OperationRecord} as one line of JSON. Written by hand rather than by data binding, so that the file
 * format stays fixed when the records grow, and times need no extra Jackson module: instants are ISO-8601 text,
 * durations milliseconds.
 */
public final class OperationRecordJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private OperationRecordJson() {
    }

    public static String write(OperationRecord record) throws IOException {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", record.id());
        node.put("start", record.start().toString());
        node.put("end", record.end().toString());
        node.put("who", record.who());
        node.put("kind", record.kind().name());
        OperationSubject subject = record.subject();
        ObjectNode about = node.putObject("subject");
        about.put("volumeName", subject.volumeName());
        about.put("volumeId", subject.volumeId());
        about.put("dockerVolume", subject.dockerVolume());
        ArrayNode hosts = about.putArray("hosts");
        subject.hosts().forEach(hosts::add);
        about.put("gateway", subject.gateway());
        ArrayNode steps = node.putArray("steps");
        for (StepRecord step : record.steps()) {
            ObjectNode each = steps.addObject();
            each.put("name", step.name());
            each.put("outcome", step.outcome().name());
            each.put("detail", step.detail());
            each.put("millis", step.duration().toMillis());
        }
        node.put("outcome", record.outcome().name());
        node.put("message", record.message());
        return MAPPER.writeValueAsString(node);
    }

    /** @throws IOException or a runtime exception when the line is not a complete record */
    public static OperationRecord read(String line) throws IOException {
        JsonNode node = MAPPER.readTree(line);
        JsonNode about = node.path("subject");
        List<String> hosts = new ArrayList<>();
        about.path("hosts").forEach(host -> hosts.add(host.asText()));
        OperationSubject subject = new OperationSubject(text(about, "volumeName"), text(about, "volumeId"),
            text(about, "dockerVolume"), hosts, text(about, "gateway"));
        List<StepRecord> steps = new ArrayList<>();
        for (JsonNode each : node.path("steps")) {
            steps.add(new StepRecord(required(each, "name"), StepRecord.Outcome.valueOf(required(each, "outcome")),
                text(each, "detail"), Duration.ofMillis(each.path("millis").asLong())));
        }
        return new OperationRecord(required(node, "id"), Instant.parse(required(node, "start")),
            Instant.parse(required(node, "end")), text(node, "who"),
            OperationRecord.Kind.valueOf(required(node, "kind")), subject, steps,
            OperationRecord.Outcome.valueOf(required(node, "outcome")), text(node, "message"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String required(JsonNode node, String field) throws IOException {
        String value = text(node, field);
        if (value == null) {
            throw new IOException("The record has no " + field + ".");
        }
        return value;
    }
}
