package io.arrowhead.hosts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application's known_hosts file is rewritten whole and keeps its permissions (a new one is 0600). */
class KnownHostsWriteTest {

    @TempDir
    Path dir;

    @Test
    void aNewFileIsCreatedForItsOwnerOnly() throws Exception {
        Path file = dir.resolve("app/known_hosts");
        try (LocalShellServer server = new LocalShellServer(dir.resolve("host-key"), 0)) {
            new HostKeyStore(file, List.of()).trust(server.passwordHost(), server.hostKey());
            assertEquals("rw-------", permissions(file));
            assertEquals("[127.0.0.1]:" + server.port() + " " + server.hostKeyLine() + "\n", Files.readString(file));
        }
    }

    @Test
    void trustingAndForgettingKeepA0644FileAt0644AndTheOtherLines() throws Exception {
        Path file = dir.resolve("known_hosts");
        String other = "other.example ecdsa-sha2-nistp256 AAAA-not-checked-here";
        Files.writeString(file, "# kept comment\n" + other); // a hand edit without the final newline
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        try (LocalShellServer server = new LocalShellServer(dir.resolve("host-key"), 0)) {
            HostKeyStore store = new HostKeyStore(file, List.of());
            store.trust(server.passwordHost(), server.hostKey());
            assertEquals("rw-r--r--", permissions(file));
            String entry = "[127.0.0.1]:" + server.port() + " " + server.hostKeyLine();
            assertEquals("# kept comment\n" + other + "\n" + entry + "\n", Files.readString(file));
            assertEquals(1, store.knownKeys(server.passwordHost()).size());

            store.forget(server.passwordHost());
            assertEquals("rw-r--r--", permissions(file));
            assertEquals("# kept comment\n" + other + "\n", Files.readString(file));
            try (Stream<Path> entries = Files.list(dir)) {
                assertEquals(List.of("known_hosts"), entries.map(p -> p.getFileName().toString())
                    .filter(name -> name.contains("known_hosts")).toList(), "no temporary file is left");
            }
        }
    }

    private static String permissions(Path file) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }
}
