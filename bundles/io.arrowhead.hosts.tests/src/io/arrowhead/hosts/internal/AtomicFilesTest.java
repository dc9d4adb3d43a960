package io.arrowhead.hosts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void theContentIsReplacedWholeAndNoTemporaryStays() throws Exception {
        Path file = dir.resolve("state");
        Files.writeString(file, "a much longer old content that must not leave a tail behind\n");
        AtomicFiles.write(file, bytes("short\n"));
        assertEquals("short\n", Files.readString(file));
        assertEquals(List.of("state"), names(dir));
    }

    @Test
    void anExistingFileKeepsItsPermissions() throws Exception {
        Path file = dir.resolve("known_hosts");
        Files.writeString(file, "old\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFiles.write(file, bytes("new\n"));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aNewFileIsReadableByItsOwnerOnlyAndItsDirectoryIsCreated() throws Exception {
        Path file = dir.resolve("app/known_hosts");
        AtomicFiles.write(file, bytes("line\n"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("line\n", Files.readString(file));
    }

    @Test
    void aFailedMoveLeavesTheTargetAsItWasAndNoTemporary() throws Exception {
        Path target = Files.createDirectories(dir.resolve("known_hosts"));
        Files.writeString(target.resolve("inside"), "kept");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, bytes("new\n")));
        assertEquals(List.of("known_hosts"), names(dir), "no temporary file is left next to the target");
        assertEquals("kept", Files.readString(target.resolve("inside")));
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndStaysALink() throws Exception {
        Path real = Files.writeString(dir.resolve("real_known_hosts"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("known_hosts"), real);
        AtomicFiles.write(link, bytes("new\n"));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new\n", Files.readString(real));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
