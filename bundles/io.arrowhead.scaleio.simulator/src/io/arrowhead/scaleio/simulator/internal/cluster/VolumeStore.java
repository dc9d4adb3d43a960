package io.arrowhead.scaleio.simulator.internal.cluster;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A directory of sparse files, {@code <volumeId>.img}, one per volume, sized {@code sizeInKb * 1024}: the volumes'
 * data for a lab that attaches them as loop devices. A volume without a file reads as zeros. Not thread-safe:
 * {@link BackingFiles} runs every operation on one thread.
 */
final class VolumeStore {

    private static final Pattern FILE_NAME = Pattern.compile("([0-9a-f]{1,16})\\.img");

    private final Path directory;

    VolumeStore(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    Path directory() {
        return directory;
    }

    Path fileOf(String volumeId) {
        return directory.resolve(volumeId + ".img");
    }

    /** Creates the file, or extends it, so that it holds {@code sizeInKb}; never shrinks it. */
    Path ensure(String volumeId, long sizeInKb) throws IOException {
        Path file = fileOf(volumeId);
        try (RandomAccessFile data = new RandomAccessFile(file.toFile(), "rw")) {
            if (data.length() < sizeInKb * 1024) {
                data.setLength(sizeInKb * 1024); // a hole: no block is allocated
            }
        }
        return file;
    }

    /** Extends the file of a grown volume; a volume without a file keeps none. */
    void grow(String volumeId, long sizeInKb) throws IOException {
        if (Files.exists(fileOf(volumeId))) {
            ensure(volumeId, sizeInKb);
        }
    }

    void delete(String volumeId) throws IOException {
        Files.deleteIfExists(fileOf(volumeId));
    }

    /**
     * Gives the snapshot a copy of its source's data as it is now, holes kept as holes. A source without a file is
     * all zeros, and so is the snapshot: it gets no file either.
     */
    void copy(String sourceId, String snapshotId, long sizeInKb) throws IOException {
        Path source = fileOf(sourceId);
        if (!Files.exists(source)) {
            delete(snapshotId);
            return;
        }
        SparseCopy.copy(source, fileOf(snapshotId), sizeInKb * 1024);
    }

    /** Deletes the volume files of the directory whose volume is not in {@code keep}; other files stay. */
    void prune(Set<String> keep) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.img")) {
            for (Path file : files) {
                var name = FILE_NAME.matcher(file.getFileName().toString());
                if (name.matches() && !keep.contains(name.group(1)) && Files.isRegularFile(file)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
