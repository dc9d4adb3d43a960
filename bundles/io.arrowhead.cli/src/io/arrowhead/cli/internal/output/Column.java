package io.arrowhead.cli.internal.output;

import java.util.Objects;
import java.util.function.Function;

/**
 * One column of a command's output: its heading in a table and in CSV, its field name in JSON (stable: scripts use
 * it), the raw value, and how a table shows that value to a person.
 */
public record Column<T>(String heading, String field, Function<T, Object> value, Function<Object, String> display) {

    public Column {
        Objects.requireNonNull(heading);
        Objects.requireNonNull(field);
        Objects.requireNonNull(value);
        Objects.requireNonNull(display);
    }

    /** A column that a table shows as the value's text. */
    public static <T> Column<T> of(String heading, String field, Function<T, Object> value) {
        return new Column<>(heading, field, value, v -> v == null ? "" : String.valueOf(v));
    }

    /** A column that a table shows its own way, such as bytes as GiB; JSON and CSV keep the raw value. */
    public static <T> Column<T> of(String heading, String field, Function<T, Object> value,
        Function<Object, String> display) {
        return new Column<>(heading, field, value, v -> v == null ? "" : display.apply(v));
    }
}
