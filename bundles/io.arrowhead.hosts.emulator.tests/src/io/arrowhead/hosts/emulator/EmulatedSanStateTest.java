package io.arrowhead.hosts.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SAN's state file is replaced whole, keeps its permissions (a new one is 0600) and leaves no temporary. */
class EmulatedSanStateTest {

    @TempDir
    Path dir;

    @Test
    void aNewStateFileIsForItsOwnerOnlyAndHoldsExactlyTheFilesystems() throws Exception {
        Path file = dir.resolve("san/filesystems.properties");
        EmulatedSan san = new EmulatedSan(file);
        EmulatedSan.Filesystem data = san.format("AB12", "ext4", "data");
        san.format("cd34", "xfs", null);
        san.wipe("cd34");
        assertEquals("rw-------", permissions(file));
        EmulatedSan reloaded = new EmulatedSan(file);
        assertEquals(Optional.of(data), reloaded.filesystem("ab12"));
        assertEquals(Optional.empty(), reloaded.filesystem("cd34"), "a wiped volume is gone from the file");
        assertEquals(List.of("filesystems.properties"), names(file.getParent()));
    }

    @Test
    void anExistingStateFileKeepsItsPermissions() throws Exception {
        Path file = Files.writeString(dir.resolve("filesystems.properties"), "# empty\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        new EmulatedSan(file).format("ab12", "ext4", null);
        assertEquals("rw-r--r--", permissions(file));
        assertTrue(Files.readString(file).contains("ab12=ext4 "));
    }

    @Test
    void aFailedSaveSaysWhereAndLeavesNoTemporary() throws Exception {
        Path file = dir.resolve("filesystems.properties");
        EmulatedSan san = new EmulatedSan(file);
        Files.createDirectories(file); // the state file's place is taken, so the final move fails
        Files.writeString(file.resolve("inside"), "kept");
        UncheckedIOException failure =
            assertThrows(UncheckedIOException.class, () -> san.format("ab12", "ext4", null));
        assertTrue(failure.getMessage().contains(file.toString()), failure.getMessage());
        assertEquals(List.of("filesystems.properties"), names(dir));
        assertEquals("kept", Files.readString(file.resolve("inside")));
    }

    private static String permissions(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
