package io.arrowhead.scaleio.simulator.internal.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.arrowhead.scaleio.simulator.internal.AtomicFiles;

/**
 * The state file, readable by its owner only, and its journal files ({@link JournalFiles}). Saving replaces the
 * state file atomically ({@link AtomicFiles}), so a crash leaves either the old or the new state, never a torn one;
 * a temporary file left by such a crash is ignored on load and removed on the next save.
 */
final class StatePersistence {

    /** A state file as written, and the journaled changes made after it. */
    record Loaded(StateReader.Restored saved, List<JournalRecords.Numbered> changes) {
    }

    private final Path file;
    private final JournalFiles journal;

    StatePersistence(Path file) {
        this.file = file.toAbsolutePath();
        this.journal = new JournalFiles(this.file);
    }

    boolean exists() {
        return Files.exists(file);
    }

    /** The state file's size in bytes; 0 when there is none yet. */
    long size() throws IOException {
        return exists() ? Files.size(file) : 0;
    }

    JournalFiles journalFiles() {
        return journal;
    }

    /** Reads the saved state and its journal; any problem is an IOException naming the file, which is left as is. */
    Loaded load() throws IOException {
        StateReader.Restored saved;
        try {
            saved = StateReader.read(Files.readAllBytes(file));
        } catch (IOException | RuntimeException e) {
            throw new IOException("Cannot read the simulator state file " + file + ": " + e.getMessage(), e);
        }
        return new Loaded(saved, journal.changesAfter(saved.journalSequence()));
    }

    void save(byte[] json) throws IOException {
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, json, AtomicFiles.Access.OWNER_ONLY);
    }
}
