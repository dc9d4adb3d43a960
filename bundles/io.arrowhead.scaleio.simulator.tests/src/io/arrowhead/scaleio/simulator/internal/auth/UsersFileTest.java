package io.arrowhead.scaleio.simulator.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.simulator.ScratchDirectory;

class UsersFileTest {

    private final ScratchDirectory scratch = new ScratchDirectory();

    @AfterEach
    void deleteScratch() throws IOException {
        scratch.close();
    }

    @Test
    void readsUsersSkippingCommentsAndBlankLines() throws IOException {
        Path file = privateFile("# gateway users\r\n\r\nadmin:S3cret:with:colons\r\n   \n  # indented comment\n"
                + "ops: spaced password \n");
        assertEquals(List.of("admin", "ops"), List.copyOf(UsersFile.read(file).keySet()));
        assertEquals(Map.of("admin", "S3cret:with:colons", "ops", " spaced password "), UsersFile.read(file));
    }

    @Test
    void aBadLineIsNamedByItsNumberWithoutShowingIt() throws IOException {
        for (String bad : new String[] { "no-colon-secret", ":password-without-name", "name-without-password:" }) {
            Path file = privateFile("# users\nadmin:ok\n" + bad + "\n");
            IOException failure = assertThrows(IOException.class, () -> UsersFile.read(file));
            assertEquals("Line 3 of the users file " + file
                    + " is not NAME:PASSWORD (a name, a colon, then a password that is not empty).",
                    failure.getMessage());
            assertFalse(failure.getMessage().contains("secret"), failure.getMessage());
        }
    }

    @Test
    void aUserGivenTwiceIsRefused() throws IOException {
        Path file = privateFile("admin:one\nops:two\nadmin:three\n");
        IOException failure = assertThrows(IOException.class, () -> UsersFile.read(file));
        assertEquals("Line 3 of the users file " + file + " names the user admin again, who is already on line 1.",
                failure.getMessage());
    }

    @Test
    void aFileWithoutUsersIsRefused() throws IOException {
        Path file = privateFile("# nobody yet\n\n");
        IOException failure = assertThrows(IOException.class, () -> UsersFile.read(file));
        assertEquals("The users file " + file + " names no user; write one NAME:PASSWORD a line.",
                failure.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = scratch.resolve("absent");
        IOException failure = assertThrows(IOException.class, () -> UsersFile.read(file));
        assertEquals("The users file " + file + " does not exist.", failure.getMessage());
    }

    @Test
    void aFileOthersMayReadIsRefusedWithTheFix() throws IOException {
        Path file = privateFile("admin:secret\n");
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return; // Windows: no permission bits
        }
        for (String loose : new String[] { "rw-r-----", "rw----r--", "rw--w----" }) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(loose));
            IOException failure = assertThrows(IOException.class, () -> UsersFile.read(file), loose);
            assertTrue(failure.getMessage().startsWith("The users file " + file + " holds passwords but other users"
                    + " of this machine may read or change it."), failure.getMessage());
            assertTrue(failure.getMessage().endsWith("chmod 600 '" + file + "'"), failure.getMessage());
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
        assertEquals(Map.of("admin", "secret"), UsersFile.read(file));
    }

    private Path privateFile(String content) throws IOException {
        Path file = scratch.resolve("users");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        return file;
    }
}
