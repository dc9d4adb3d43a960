package io.arrowhead.scaleio.simulator.internal.cluster;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The state file. Saving writes a temporary file in the same directory, forces it to disk and renames it over the
 * state file in one atomic step, so a crash leaves either the old or the new state, never a torn one. A temporary
 * file left by such a crash is ignored on load and removed on the next save.
 */
final class StatePersistence {

    private static final String TEMPORARY_SUFFIX = ".tmp";

    private final Path file;
    private final Path directory;
    private final String temporaryPrefix;

    StatePersistence(Path file) {
        this.file = file.toAbsolutePath();
        this.directory = this.file.getParent();
        this.temporaryPrefix = "." + this.file.getFileName() + ".";
    }

    Path file() {
        return file;
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
        Files.createDirectories(directory);
        removeLeftoverTemporaries();
        Path temporary = Files.createTempFile(directory, temporaryPrefix, TEMPORARY_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(json);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        forceDirectory();
    }

    private void removeLeftoverTemporaries() throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, entry -> {
            String name = entry.getFileName().toString();
            return name.startsWith(temporaryPrefix) && name.endsWith(TEMPORARY_SUFFIX);
        })) {
            for (Path leftover : entries) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    /** Makes the rename itself durable where the platform allows syncing a directory (Linux does, Windows not). */
    private void forceDirectory() {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Best effort only: the file content is already on disk, and the rename is atomic either way.
        }
    }
}
