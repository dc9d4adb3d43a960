package io.arrowhead.scaleio.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The example gateway payloads in the fragment's {@code fixtures} folder. The Tycho test run works in the fragment
 * folder; other runners can point the system property {@code arrowhead.fixtures} at the folder.
 */
public final class Fixtures {

    private static final ObjectMapper TREES = new ObjectMapper();

    private Fixtures() {
    }

    public static Path directory() {
        Path local = Path.of("fixtures");
        if (Files.isDirectory(local)) {
            return local;
        }
        String configured = System.getProperty("arrowhead.fixtures");
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Path.of(configured);
        }
        throw new IllegalStateException("No fixtures folder in " + Path.of("").toAbsolutePath()
                + "; run from the test fragment folder or set -Darrowhead.fixtures.");
    }

    /** A fixture by its path inside the folder, such as {@code errors/401_unauthorized.json}. */
    public static String read(String name) {
        try {
            return Files.readString(directory().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture as a stream, as the client reads answers. */
    public static InputStream stream(String name) {
        try {
            return Files.newInputStream(directory().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON text as a tree, to compare with what the client builds or to assemble an answer from fixtures. */
    public static JsonNode json(String text) {
        try {
            return TREES.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
