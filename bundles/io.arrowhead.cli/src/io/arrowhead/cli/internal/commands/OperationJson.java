package io.arrowhead.cli.internal.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.arrowhead.cli.internal.output.Column;
import io.arrowhead.core.hosts.OperationRecord;
import io.arrowhead.core.hosts.StepRecord;

/**
 * {@code ops show --output json}: the operation's fields as {@code ops list} and the operations' results name them,
 * with its steps as an array under {@code steps}.
 */
final class OperationJson {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private OperationJson() {
    }

    static void print(OperationRecord record, PrintWriter out) {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            fields(json, OperationTables.ONE_COLUMNS, record);
            json.writeArrayFieldStart("steps");
            for (StepRecord step : record.steps()) {
                json.writeStartObject();
                fields(json, OperationTables.STEP_COLUMNS, step);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }

    private static <T> void fields(JsonGenerator json, List<Column<T>> columns, T row) throws IOException {
        for (Column<T> column : columns) {
            Object value = column.value().apply(row);
            json.writeFieldName(column.field());
            json.writeObject(value instanceof Number || value instanceof Boolean || value == null ? value
                : String.valueOf(value));
        }
    }
}
