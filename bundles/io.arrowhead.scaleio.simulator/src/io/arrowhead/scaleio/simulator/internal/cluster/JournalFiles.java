package io.arrowhead.scaleio.simulator.internal.cluster;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import io.arrowhead.scaleio.simulator.internal.AtomicFiles;

/**
 * The journal files beside a state file, {@code <state>.journal-<n>}: the changes made since the state file was
 * written, in the order they were made. A new file is started when the state file is rewritten and after a
 * failed write; the older ones are deleted once the state file holding their changes is on disk.
 */
final class JournalFiles {

    private final Path stateFile;
    private final String prefix;

    JournalFiles(Path stateFile) {
        this.stateFile = stateFile.toAbsolutePath();
        this.prefix = this.stateFile.getFileName() + ".journal-";
    }

    Path file(long number) {
        return stateFile.resolveSibling(prefix + number);
    }

    /** Number → file, oldest first. */
    TreeMap<Long, Path> existing() throws IOException {
        TreeMap<Long, Path> files = new TreeMap<>();
        Path directory = stateFile.getParent();
        if (!Files.isDirectory(directory)) {
            return files;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory,
                entry -> entry.getFileName().toString().startsWith(prefix))) {
            for (Path entry : entries) {
                String number = entry.getFileName().toString().substring(prefix.length());
                if (number.matches("[1-9][0-9]{0,17}")) {
                    files.put(Long.parseLong(number), entry);
                }
            }
        }
        return files;
    }

    /**
     * The changes after {@code sequence} (what the state file already holds), in order. Records the state file
     * holds, and repeats of records rewritten after a failed write, are skipped; a gap means a journal file is
     * missing and fails.
     */
    List<JournalRecords.Numbered> changesAfter(long sequence) throws IOException {
        List<JournalRecords.Numbered> changes = new ArrayList<>();
        long last = sequence;
        for (Path file : existing().values()) {
            for (JournalRecords.Numbered record : readRecords(file)) {
                if (record.sequence() > last + 1) {
                    throw new IOException("The simulator journal " + file + " lacks the changes " + (last + 1)
                            + " to " + (record.sequence() - 1) + "; a journal file is missing.");
                }
                if (record.sequence() == last + 1) {
                    changes.add(record);
                    last++;
                }
            }
        }
        return changes;
    }

    private static List<JournalRecords.Numbered> readRecords(Path file) throws IOException {
        try {
            return JournalRecords.decodeAll(Files.readAllBytes(file));
        } catch (IOException | RuntimeException e) {
            throw new IOException("Cannot read the simulator journal " + file + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the journal files numbered below {@code number}, whose changes the state file now holds. */
    void deleteBefore(long number) throws IOException {
        for (Path file : existing().headMap(number).values()) {
            Files.deleteIfExists(file);
        }
        forceDirectory();
    }

    /** Makes the creation or removal of journal files durable, where the platform can sync a directory. */
    void forceDirectory() {
        AtomicFiles.forceDirectory(stateFile.getParent());
    }
}
