package io.arrowhead.cli.internal.output;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/** Prints rows of one kind in the format the user chose. */
public final class Table<T> {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final List<Column<T>> columns;

    @SafeVarargs
    public Table(Column<T>... columns) {
        this.columns = List.of(columns);
    }

    /** Every row: a table or CSV with a header, or a JSON array. */
    public void print(List<T> rows, OutputFormat format, PrintWriter out) {
        switch (format) {
            case TABLE -> printTable(rows, out);
            case CSV -> printCsv(rows, out);
            case JSON -> json(out, generator -> {
                generator.writeStartArray();
                for (T row : rows) {
                    writeObject(generator, row);
                }
                generator.writeEndArray();
            });
        }
        out.flush();
    }

    /** One item: "heading: value" lines, a CSV of one row, or a JSON object. */
    public void printOne(T row, OutputFormat format, PrintWriter out) {
        switch (format) {
            case TABLE -> {
                int width = columns.stream().mapToInt(c -> c.heading().length()).max().orElse(0);
                for (Column<T> column : columns) {
                    out.println(pad(column.heading() + ":", width + 1) + " " + column.display().apply(
                        column.value().apply(row)));
                }
            }
            case CSV -> printCsv(List.of(row), out);
            case JSON -> json(out, generator -> writeObject(generator, row));
        }
        out.flush();
    }

    private void printTable(List<T> rows, PrintWriter out) {
        List<String[]> cells = new ArrayList<>();
        cells.add(columns.stream().map(Column::heading).toArray(String[]::new));
        for (T row : rows) {
            cells.add(columns.stream().map(c -> c.display().apply(c.value().apply(row))).toArray(String[]::new));
        }
        int[] widths = new int[columns.size()];
        for (String[] line : cells) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        for (String[] line : cells) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < line.length; i++) {
                text.append(i == line.length - 1 ? line[i] : pad(line[i], widths[i] + 2));
            }
            out.println(text.toString().stripTrailing());
        }
    }

    private void printCsv(List<T> rows, PrintWriter out) {
        out.print(String.join(",", columns.stream().map(c -> csv(c.field())).toList()) + "\r\n");
        for (T row : rows) {
            Object[] values = columns.stream().map(c -> c.value().apply(row)).toArray();
            out.print(String.join(",", Arrays.stream(values).map(v -> v == null ? "" : csv(String.valueOf(v)))
                .toList()) + "\r\n");
        }
    }

    private void writeObject(JsonGenerator generator, T row) throws IOException {
        generator.writeStartObject();
        for (Column<T> column : columns) {
            generator.writeFieldName(column.field());
            Object value = column.value().apply(row);
            if (value instanceof Nested<?> nested) {
                writeNested(generator, nested);
            } else {
                generator.writeObject(jsonValue(value));
            }
        }
        generator.writeEndObject();
    }

    private static <R> void writeNested(JsonGenerator generator, Nested<R> nested) throws IOException {
        generator.writeStartArray();
        for (R row : nested.rows()) {
            nested.table().writeObject(generator, row);
        }
        generator.writeEndArray();
    }

    /**
     * A value that is rows of another kind, such as a volume's mappings: an array of objects in JSON, and its
     * {@code text} in a table or CSV cell.
     */
    public record Nested<R>(Table<R> table, List<R> rows, String text) {

        @Override
        public String toString() {
            return text;
        }
    }

    private static Object jsonValue(Object value) {
        return value instanceof Number || value instanceof Boolean || value == null ? value : String.valueOf(value);
    }

    private interface JsonBody {
        void write(JsonGenerator generator) throws IOException;
    }

    private static void json(PrintWriter out, JsonBody body) {
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            generator.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            generator.useDefaultPrettyPrinter();
            body.write(generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }

    private static String csv(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
