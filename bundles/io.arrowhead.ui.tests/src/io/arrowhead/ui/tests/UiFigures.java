package io.arrowhead.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Figures a scale test records for docs/benchmarks.md, never asserts: named values, written in order to
 * {@code target/ui-figures/<file>} and printed under a heading.
 */
final class UiFigures {

    private final String file;
    private final String heading;
    private final Map<String, String> figures = new LinkedHashMap<>();

    UiFigures(String file, String heading) {
        this.file = file;
        this.heading = heading;
    }

    void put(String name, Object value) {
        figures.put(name, String.valueOf(value));
    }

    void write() throws IOException {
        Path directory = Path.of("target", "ui-figures");
        Files.createDirectories(directory);
        String text = figures.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
            .collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(directory.resolve(file), text);
        System.out.print(heading + ":\n" + text);
    }
}
