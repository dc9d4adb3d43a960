package io.arrowhead.hosts.emulator.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The emulator's copy of the host layer's {@code AtomicFiles}: the emulator stands in for remote machines and
 * imports nothing of the hosts bundle, so its state files get the same careful write here. Replaces a file's content
 * whole: a crash or a failure at any step leaves either the old file or the new one, never a mix, and never a stray
 * temporary file. The file keeps its POSIX permissions; a new file is readable only by its owner (0600).
 */
public final class AtomicStateFile {

    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-------");

    private AtomicStateFile() {
    }

    /**
     * Writes the content to a unique temporary file in the same directory, forces it to disk, moves it over the file
     * atomically and forces the directory, so the rename itself survives a crash. A symbolic link is written through.
     */
    public static void write(Path file, byte[] content) throws IOException {
        Path target = Files.isSymbolicLink(file) ? file.toRealPath() : file.toAbsolutePath();
        Path directory = target.getParent();
        Files.createDirectories(directory);
        Set<PosixFilePermission> permissions = permissionsToKeep(target);
        Path temporary = Files.createTempFile(directory, "." + target.getFileName() + ".", ".tmp");
        try {
            if (permissions != null) {
                Files.setPosixFilePermissions(temporary, permissions);
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        syncDirectory(directory);
    }

    /** The existing file's permissions, 0600 for a new file, or null where the file system is not POSIX. */
    private static Set<PosixFilePermission> permissionsToKeep(Path target) throws IOException {
        if (Files.getFileAttributeView(target.getParent(), PosixFileAttributeView.class) == null) {
            return null;
        }
        return Files.exists(target) ? Files.getPosixFilePermissions(target) : NEW_FILE;
    }

    private static void syncDirectory(Path directory) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(directory, StandardOpenOption.READ);
        } catch (IOException | UnsupportedOperationException e) {
            return; // not every platform opens directories (Windows does not); there the move is all we can do
        }
        try (channel) {
            channel.force(true);
        }
    }
}
