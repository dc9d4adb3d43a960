package io.arrowhead.ui.testing.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

/**
 * The test module's record of UI-thread freezes: {@code target/ui-figures/freezes.tsv}, one row per test, started
 * afresh by the first test of a run, and the full cause of each event over 100 ms in
 * {@code target/ui-figures/freezes/<class>.<test>.txt}.
 */
public final class FreezeFile {

    public static final String HEADER = "class\ttest\tlongest_ms\twhere";
    private static final Path DIRECTORY = Path.of("target", "ui-figures");
    private static final Path TABLE = DIRECTORY.resolve("freezes.tsv");
    private static final Path CAUSES = DIRECTORY.resolve("freezes");
    private static final long CAUSE_KEPT_OVER_MILLIS = 100;
    private static boolean started;

    private FreezeFile() {
    }

    /** The table, relative to the test run's working directory (the module). */
    public static Path table() {
        return TABLE;
    }

    public static synchronized void append(String testClass, String test, long longestMillis, String where,
            String cause) throws IOException {
        if (!started) {
            startAfresh();
            started = true;
        }
        String row = String.join("\t", cell(testClass), cell(test), Long.toString(longestMillis), cell(where));
        Files.writeString(TABLE, row + "\n", StandardOpenOption.APPEND);
        if (longestMillis > CAUSE_KEPT_OVER_MILLIS && !cause.isEmpty()) {
            String name = (testClass.substring(testClass.lastIndexOf('.') + 1) + "." + test)
                .replaceAll("[^A-Za-z0-9._$-]+", "_");
            Files.writeString(CAUSES.resolve(name + ".txt"), testClass + "." + test + ": longest UI-thread event "
                + longestMillis + " ms\n" + cause + "\n");
        }
    }

    /** Forgets an earlier run's figures, which a build without "clean" leaves behind. */
    private static void startAfresh() throws IOException {
        Files.createDirectories(CAUSES);
        try (Stream<Path> old = Files.list(CAUSES)) {
            for (Path file : old.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.writeString(TABLE, HEADER + "\n");
    }

    /** A table cell: the text on one line, without the tabs that separate cells. */
    private static String cell(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ");
    }
}
