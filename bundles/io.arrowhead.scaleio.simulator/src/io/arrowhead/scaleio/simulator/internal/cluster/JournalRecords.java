package io.arrowhead.scaleio.simulator.internal.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The journal's line format: {@code <crc32c in 8 hex digits> <JSON>\n}, the JSON holding the sequence number and
 * the {@link Change}. A line cut short or with a checksum that does not match was being written when the
 * simulator stopped, so it was never acknowledged; {@link #decode} reports it as null.
 */
final class JournalRecords {

    /** A change and its place in the journal, counted from 1 over the life of the state file. */
    record Numbered(long sequence, Change change) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HexFormat HEX = HexFormat.of();

    private JournalRecords() {
    }

    static byte[] encode(long sequence, Change change) {
        byte[] json = JsonRenderer.render(generator -> write(generator, sequence, change));
        byte[] line = new byte[9 + json.length + 1];
        byte[] checksum = HEX.toHexDigits((int) checksum(json, 0, json.length)).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(checksum, 0, line, 0, 8);
        line[8] = ' ';
        System.arraycopy(json, 0, line, 9, json.length);
        line[line.length - 1] = '\n';
        return line;
    }

    private static void write(JsonGenerator json, long sequence, Change change) throws IOException {
        json.writeStartObject();
        json.writeNumberField("seq", sequence);
        json.writeStringField("kind", change.kind());
        json.writeNumberField("millis", change.millis());
        json.writeArrayFieldStart("ids");
        for (String id : change.ids()) {
            json.writeString(id);
        }
        json.writeEndArray();
        json.writeObjectFieldStart("fields");
        for (Map.Entry<String, String> field : change.fields().entrySet()) {
            json.writeStringField(field.getKey(), field.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    /**
     * The records of one journal file up to its torn end (a line cut short, or with a wrong checksum), which was
     * never acknowledged: a failed write ends a journal file, so nothing valid follows a torn line. A valid line
     * after a torn one means the file was damaged later, and fails rather than lose the records after it.
     */
    static List<Numbered> decodeAll(byte[] file) throws IOException {
        List<Numbered> records = new ArrayList<>();
        boolean torn = false;
        int start = 0;
        while (start < file.length) {
            int end = indexOf(file, (byte) '\n', start);
            Numbered record = end < 0 ? null : decode(file, start, end);
            if (record == null) {
                torn = true;
            } else if (torn) {
                throw new IOException("the record after change " + last(records) + " is damaged, and change "
                        + record.sequence() + " follows it");
            } else {
                records.add(record);
            }
            start = end < 0 ? file.length : end + 1;
        }
        return records;
    }

    private static long last(List<Numbered> records) {
        return records.isEmpty() ? 0 : records.get(records.size() - 1).sequence();
    }

    /** The record in {@code file[start, end)}, or null when the line is torn. */
    static Numbered decode(byte[] file, int start, int end) throws IOException {
        if (end - start < 10 || file[start + 8] != ' ') {
            return null;
        }
        long expected;
        try {
            expected = HEX.fromHexDigits(new String(file, start, 8, StandardCharsets.US_ASCII)) & 0xffff_ffffL;
        } catch (IllegalArgumentException notHex) {
            return null;
        }
        if (checksum(file, start + 9, end - start - 9) != expected) {
            return null;
        }
        // The checksum matched, so this is a line the simulator wrote: anything unreadable now is a real problem.
        JsonNode root = MAPPER.readTree(file, start + 9, end - start - 9);
        Saved saved = Saved.of(root, "journal record");
        List<String> ids = new ArrayList<>();
        for (JsonNode id : root.path("ids")) {
            ids.add(Saved.id(id.asText(), "journal record ids"));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : root.path("fields").properties()) {
            fields.put(field.getKey(), field.getValue().isNull() ? null : field.getValue().asText());
        }
        return new Numbered(saved.number("seq"), new Change(saved.text("kind"), saved.number("millis"), ids, fields));
    }

    private static long checksum(byte[] bytes, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, offset, length);
        return crc.getValue();
    }

    private static int indexOf(byte[] bytes, byte wanted, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
