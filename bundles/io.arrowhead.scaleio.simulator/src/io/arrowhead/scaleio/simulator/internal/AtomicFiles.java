package io.arrowhead.scaleio.simulator.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes the simulator's files durably: whole files replaced in one atomic step, and journal records appended and
 * forced. For a replacement the content goes to a new
 * temporary file beside the target, is forced to disk and renamed over the target; the directory is then forced
 * so that the rename survives a crash too. A reader sees the old or the new content, never a mix, and a crash
 * leaves at most a temporary file ({@code .<name>.<digits>.tmp}), which the next write of that target removes.
 */
public final class AtomicFiles {

    /** Who may read the file. */
    public enum Access {
        /** {@code rw-------}, for secrets such as a private key, whatever the umask. */
        OWNER_ONLY("rw-------"),
        /** {@code rw-rw-rw-} less the umask, as for any file the user creates. */
        USUAL("rw-rw-rw-");

        private final FileAttribute<?> attribute;

        Access(String permissions) {
            this.attribute = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions));
        }
    }

    private static final String TEMPORARY_SUFFIX = ".tmp";

    private AtomicFiles() {
    }

    /**
     * Writes {@code content} to {@code target}, replacing it atomically; the target's directory must exist. On
     * failure the target is unchanged and no temporary file is left behind.
     */
    public static void write(Path target, byte[] content, Access access) throws IOException {
        Path file = target.toAbsolutePath();
        Path directory = file.getParent();
        String temporaryPrefix = temporaryPrefix(file);
        removeLeftoverTemporaries(directory, temporaryPrefix);
        Path temporary = file.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? Files.createTempFile(directory, temporaryPrefix, TEMPORARY_SUFFIX, access.attribute)
                : Files.createTempFile(directory, temporaryPrefix, TEMPORARY_SUFFIX);
        boolean replaced = false;
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                writeFully(channel, content);
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            replaced = true;
        } finally {
            if (!replaced) {
                Files.deleteIfExists(temporary);
            }
        }
        forceDirectory(directory);
    }

    /**
     * Appends {@code content} to {@code file}, creating it with {@code access} if needed, and forces the content to
     * disk before returning. Creating the file is made durable by {@link #forceDirectory}.
     */
    public static void appendForced(Path file, byte[] content, Access access) throws IOException {
        Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        try (FileChannel channel = file.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? FileChannel.open(file, options, access.attribute)
                : FileChannel.open(file, options)) {
            writeFully(channel, content);
            channel.force(false);
        }
    }

    private static void writeFully(FileChannel channel, byte[] content) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    private static String temporaryPrefix(Path target) {
        return "." + target.getFileName() + ".";
    }

    private static void removeLeftoverTemporaries(Path directory, String temporaryPrefix) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, entry -> {
            String name = entry.getFileName().toString();
            return name.startsWith(temporaryPrefix) && name.endsWith(TEMPORARY_SUFFIX);
        })) {
            for (Path leftover : entries) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    /**
     * Makes renames, creations and removals in the directory durable where the platform allows syncing a directory
     * (Linux does, Windows not).
     */
    public static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Best effort only: the file content is already on disk, and the rename is atomic either way.
        }
    }
}
