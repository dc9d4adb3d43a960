package io.arrowhead.scaleio.simulator.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.simulator.ScratchDirectory;
import io.arrowhead.scaleio.simulator.internal.AtomicFiles.Access;

class AtomicFilesTest {

    private final ScratchDirectory scratch = new ScratchDirectory();

    @AfterEach
    void deleteScratch() throws IOException {
        scratch.close();
    }

    @Test
    void writesANewFileAndReplacesAnExistingOne() throws IOException {
        Path target = scratch.resolve("state.json");
        AtomicFiles.write(target, bytes("first"), Access.OWNER_ONLY);
        assertEquals("first", Files.readString(target));
        AtomicFiles.write(target, bytes("second, longer"), Access.OWNER_ONLY);
        assertEquals("second, longer", Files.readString(target));
        assertEquals(List.of("state.json"), names());
    }

    @Test
    void anOwnerOnlyFileIsPrivateEvenWhenItReplacesAReadableOne() throws IOException {
        if (!posix()) {
            return; // Windows: no permission bits to keep
        }
        Path key = scratch.resolve("key.pem");
        Files.writeString(key, "old");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        AtomicFiles.write(key, bytes("new"), Access.OWNER_ONLY);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
    }

    @Test
    void aUsualFileGetsThePermissionsOfAnyNewFile() throws IOException {
        if (!posix()) {
            return; // Windows: no permission bits to keep
        }
        Path certificate = scratch.resolve("cert.pem");
        AtomicFiles.write(certificate, bytes("certificate"), Access.USUAL);
        Path plain = Files.writeString(scratch.resolve("plain.txt"), "created as usual");
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(certificate));
        assertTrue(Files.getPosixFilePermissions(certificate).size() > 2, "more than rw for the owner");
    }

    @Test
    void aFailedWriteLeavesTheTargetAndNoTemporaryFile() throws IOException {
        Path target = scratch.resolve("occupied");
        Files.createDirectory(target);
        Files.writeString(target.resolve("inside"), "kept");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, bytes("replacement"), Access.USUAL));
        assertEquals(List.of("occupied"), names());
        assertEquals("kept", Files.readString(target.resolve("inside")));
    }

    @Test
    void aTemporaryFileLeftByACrashIsRemovedByTheNextWrite() throws IOException {
        Path target = scratch.resolve("state.json");
        Files.writeString(scratch.resolve(".state.json.4711.tmp"), "{\"torn\":");
        Files.writeString(scratch.resolve(".other.json.4711.tmp"), "another file's");
        AtomicFiles.write(target, bytes("{}"), Access.OWNER_ONLY);
        assertEquals(List.of(".other.json.4711.tmp", "state.json"), names());
    }

    @Test
    void aReaderSeesTheOldOrTheNewContentNeverAMix() throws Exception {
        Path target = scratch.resolve("big.json");
        byte[] first = filled('a', 1 << 20);
        byte[] second = filled('b', 3 << 19);
        AtomicFiles.write(target, first, Access.USUAL);
        AtomicBoolean writing = new AtomicBoolean(true);
        CompletableFuture<Integer> reader = CompletableFuture.supplyAsync(() -> {
            int reads = 0;
            while (writing.get() || reads == 0) {
                byte[] seen = read(target);
                if (!Arrays.equals(seen, first) && !Arrays.equals(seen, second)) {
                    throw new AssertionError("a reader saw " + seen.length + " bytes of neither version");
                }
                reads++;
            }
            return reads;
        });
        try {
            for (int round = 0; round < 40; round++) {
                AtomicFiles.write(target, round % 2 == 0 ? second : first, Access.USUAL);
            }
        } finally {
            writing.set(false);
        }
        assertTrue(reader.get(60, TimeUnit.SECONDS) > 0);
        assertArrayEquals(first, Files.readAllBytes(target));
    }

    private boolean posix() {
        return scratch.path().getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private List<String> names() throws IOException {
        try (Stream<Path> entries = Files.list(scratch.path())) {
            return entries.map(entry -> entry.getFileName().toString()).sorted().toList();
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new AssertionError("the file was briefly missing or unreadable: " + e, e);
        }
    }

    private static byte[] filled(char character, int length) {
        byte[] content = new byte[length];
        Arrays.fill(content, (byte) character);
        return content;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
