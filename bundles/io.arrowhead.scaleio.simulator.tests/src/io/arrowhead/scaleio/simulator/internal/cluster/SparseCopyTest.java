package io.arrowhead.scaleio.simulator.internal.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Both ways of copying a volume file, cp and the Java fallback, give the same bytes and keep holes. */
class SparseCopyTest {

    /** Not a whole number of 1 MiB chunks, so the last chunk is short. */
    private static final long LENGTH = 5L * 1024 * 1024 + 17;

    private final Path directory;
    private final Path source;

    SparseCopyTest() throws IOException {
        directory = ClusterTestSupport.newDirectory();
        source = directory.resolve("source.img");
        try (RandomAccessFile data = new RandomAccessFile(source.toFile(), "rw")) {
            data.setLength(LENGTH);
            data.seek(2L * 1024 * 1024 + 100);
            data.write(new byte[] { 1, 2, 3 });
            data.seek(LENGTH - 2);
            data.write(new byte[] { 9, 9 });
        }
    }

    @AfterEach
    void cleanUp() throws IOException {
        ClusterTestSupport.deleteDirectory(directory);
    }

    @Test
    void copiesWithCp() throws IOException {
        assertCopied(copyTo("by-cp.img", false));
    }

    @Test
    void copiesInChunksWhereCpCannot() throws IOException {
        Path target = directory.resolve("by-java.img");
        Files.writeString(target, "a longer stale file ".repeat(1000)); // replaced, not overlaid
        assertCopied(copyTo("by-java.img", true));
        assertEquals(0, VolumeStoreTest.read(target, 0, 1)[0]);
    }

    @Test
    void theCopyTakesTheSnapshotsLengthEvenIfTheSourceIsShorter() throws IOException {
        Path target = directory.resolve("longer.img");
        SparseCopy.copy(source, target, LENGTH + 1024 * 1024);
        assertEquals(LENGTH + 1024 * 1024, Files.size(target));
        assertArrayEquals(new byte[] { 1, 2, 3 }, VolumeStoreTest.read(target, 2L * 1024 * 1024 + 100, 3));
    }

    private Path copyTo(String name, boolean chunks) throws IOException {
        Path target = directory.resolve(name);
        if (chunks) {
            SparseCopy.copyChunks(source, target, LENGTH);
        } else {
            SparseCopy.copy(source, target, LENGTH);
        }
        return target;
    }

    private void assertCopied(Path target) throws IOException {
        assertEquals(LENGTH, Files.size(target));
        assertArrayEquals(Files.readAllBytes(source), Files.readAllBytes(target));
        // At most the two chunks that hold data are allocated, not all six.
        long blocks = VolumeStoreTest.allocatedBlocks(target);
        long sourceBlocks = VolumeStoreTest.allocatedBlocks(source);
        assertTrue(blocks <= 2 * 2048, "allocated 512-byte blocks: " + blocks + ", source " + sourceBlocks);
    }
}
