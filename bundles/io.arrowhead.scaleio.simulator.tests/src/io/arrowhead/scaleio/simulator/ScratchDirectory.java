package io.arrowhead.scaleio.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temporary directory deleted with everything in it on close; the fragment does not import JUnit's TempDir
 * package, so tests use this instead.
 */
public final class ScratchDirectory implements AutoCloseable {

    private final Path path;

    public ScratchDirectory() {
        try {
            path = Files.createTempDirectory("scaleio-simulator-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path path() {
        return path;
    }

    public Path resolve(String name) {
        return path.resolve(name);
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
