package io.arrowhead.scaleio.simulator.internal.cluster;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Copies a mostly empty volume file without filling its holes. GNU {@code cp --sparse=always} comes first: it
 * skips holes with SEEK_DATA, so a 16 GiB file with a few MiB of data copies in milliseconds. Where cp cannot do
 * that, the file is read in 1 MiB chunks and only chunks holding data are written: correct, but reading the holes
 * takes as long as reading that much data.
 */
final class SparseCopy {

    private static final System.Logger LOG = System.getLogger(SparseCopy.class.getName());
    private static final int CHUNK = 1 << 20;
    private static final byte[] ZEROS = new byte[CHUNK];

    private SparseCopy() {
    }

    /** Replaces {@code target} with a copy of {@code source} of exactly {@code length} bytes. */
    static void copy(Path source, Path target, long length) throws IOException {
        if (!copyWithCp(source, target)) {
            copyChunks(source, target, length);
        }
        try (RandomAccessFile data = new RandomAccessFile(target.toFile(), "rw")) {
            data.setLength(length);
        }
    }

    private static boolean copyWithCp(Path source, Path target) {
        try {
            Process cp = new ProcessBuilder("cp", "--sparse=always", "--", source.toString(), target.toString())
                    .redirectErrorStream(true).start();
            String output = new String(cp.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (cp.waitFor() == 0) {
                return true;
            }
            LOG.log(Level.DEBUG, "cp could not copy " + source + ", copying in Java: " + output);
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "No cp to copy " + source + ", copying in Java: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** The fallback; package-private for its test. */
    static void copyChunks(Path source, Path target, long length) throws IOException {
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
                RandomAccessFile copy = new RandomAccessFile(target.toFile(), "rw")) {
            copy.setLength(0); // whatever was there before
            FileChannel out = copy.getChannel();
            ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
            long end = Math.min(in.size(), length);
            for (long position = 0; position < end; position += buffer.limit()) {
                buffer.clear().limit((int) Math.min(CHUNK, end - position));
                int read = 0;
                while (buffer.hasRemaining() && read >= 0) {
                    read = in.read(buffer, position + buffer.position());
                }
                // Past the end of a source that shrank meanwhile, the copy reads zeros.
                Arrays.fill(buffer.array(), buffer.position(), buffer.limit(), (byte) 0);
                buffer.position(buffer.limit()).flip();
                if (Arrays.mismatch(buffer.array(), 0, buffer.limit(), ZEROS, 0, buffer.limit()) >= 0) {
                    while (buffer.hasRemaining()) {
                        out.write(buffer, position + buffer.position());
                    }
                }
            }
        }
    }
}
