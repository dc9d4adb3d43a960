package io.arrowhead.scaleio.simulator.internal.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.arrowhead.scaleio.simulator.internal.AtomicFiles;

/**
 * The state file, readable by its owner only. Saving replaces it atomically ({@link AtomicFiles}), so a crash
 * leaves either the old or the new state, never a torn one; a temporary file left by such a crash is ignored on
 * load and removed on the next save.
 */
final class StatePersistence {

    private final Path file;

    StatePersistence(Path file) {
        this.file = file.toAbsolutePath();
    }

    boolean exists() {
        return Files.exists(file);
    }

    /** Reads the saved state; any problem is an IOException naming the file, which is left as it is. */
    StateReader.Restored load() throws IOException {
        try {
            return StateReader.read(Files.readAllBytes(file));
        } catch (IOException | RuntimeException e) {
            throw new IOException("Cannot read the simulator state file " + file + ": " + e.getMessage(), e);
        }
    }

    void save(byte[] json) throws IOException {
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, json, AtomicFiles.Access.OWNER_ONLY);
    }
}
