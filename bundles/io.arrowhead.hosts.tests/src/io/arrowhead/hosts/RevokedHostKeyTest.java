package io.arrowhead.hosts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key marked @revoked in a known_hosts file on disk is refused against a real SSH server, without asking. */
class RevokedHostKeyTest {

    @TempDir
    Path dir;
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private LocalShellServer server;
    private Path appFile;
    private Path userFile;

    @BeforeEach
    void start() throws Exception {
        server = new LocalShellServer(dir.resolve("host-key"), 0);
        appFile = dir.resolve("app_known_hosts");
        userFile = dir.resolve("user_known_hosts");
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void aRevokedKeyInTheAppFileIsRefusedWithItsLineEvenThoughAnotherLineTrustsIt() throws Exception {
        Files.writeString(appFile, hostPattern() + " " + server.hostKeyLine() + "\n# revoked after a leak\n"
            + "@revoked " + hostPattern() + " " + server.hostKeyLine() + "\n");
        HostKeyRevokedException revoked = refused(HostKeyDecision.ACCEPT_PERMANENTLY);
        assertEquals(appFile, revoked.getKnownHostsFile());
        assertEquals(3, revoked.getLineNumber());
        assertTrue(revoked.getMessage().contains(appFile + " on line 3"), revoked.getMessage());
        assertTrue(revoked.getMessage().contains(Tools.fingerprint(dir, server.hostKeyLine())), revoked.getMessage());
    }

    @Test
    void forgettingTheHostKeepsItsRevocation() throws Exception {
        Files.writeString(appFile, "@revoked " + hostPattern() + " " + server.hostKeyLine() + "\n"
            + hostPattern() + " " + server.hostKeyLine() + "\n");
        new HostKeyStore(appFile, List.of()).forget(server.passwordHost());
        assertEquals("@revoked " + hostPattern() + " " + server.hostKeyLine() + "\n", Files.readString(appFile));
        assertEquals(1, refused(HostKeyDecision.ACCEPT_ONCE).getLineNumber());
    }

    @Test
    void aRevokedKeyOnAHashedLineOfTheUserFileIsRefused() throws Exception {
        Files.writeString(userFile, "# user's file\n" + hostPattern() + " " + server.hostKeyLine() + "\n");
        Tools.run("ssh-keygen", "-H", "-f", userFile.toString());
        List<String> lines = Files.readAllLines(userFile);
        assertTrue(lines.get(1).startsWith("|1|"), "ssh-keygen -H did not hash the entry: " + lines);
        Files.writeString(userFile, lines.get(0) + "\n@revoked " + lines.get(1) + "\n");
        HostKeyRevokedException revoked = refused(HostKeyDecision.ACCEPT_ONCE);
        assertEquals(userFile, revoked.getKnownHostsFile());
        assertEquals(2, revoked.getLineNumber());
        assertTrue(revoked.getMessage().contains(userFile + " on line 2"), revoked.getMessage());
    }

    @Test
    void aRevokedKeyIsRefusedWhateverHostItsLineNames() throws Exception {
        Files.writeString(userFile, "@revoked some-other-host.example " + server.hostKeyLine() + "\n");
        HostKeyRevokedException revoked = refused(HostKeyDecision.ACCEPT_PERMANENTLY);
        assertEquals(1, revoked.getLineNumber());
        assertFalse(Files.exists(appFile), "a revoked key is never written as trusted");
    }

    @Test
    void aRevokedLineForAnotherKeyChangesNothing() throws Exception {
        LocalShellServer other = new LocalShellServer(dir.resolve("other-key"), 0);
        String otherKey = other.hostKeyLine();
        other.close();
        Files.writeString(userFile, "@revoked " + hostPattern() + " " + otherKey + "\n");
        try (SshHosts hosts = hosts(HostKeyDecision.ACCEPT_ONCE)) {
            hosts.open(server.passwordHost()).close();
        }
        assertEquals(1, asked.size(), "the unknown (not revoked) key is asked about as before");
    }

    private HostKeyRevokedException refused(HostKeyDecision decision) throws Exception {
        HostKeyRevokedException revoked;
        try (SshHosts hosts = hosts(decision)) {
            revoked = assertThrows(HostKeyRevokedException.class, () -> hosts.open(server.passwordHost()));
        }
        assertEquals(List.of(), asked, "the callback is never asked about a revoked key");
        assertEquals(0, server.authAttempts.get(), "no login is attempted");
        assertTrue(server.commands.isEmpty(), "no command is run");
        return revoked;
    }

    private SshHosts hosts(HostKeyDecision decision) {
        return new SshHosts(new HostKeyStore(appFile, List.of(userFile)), (host, type, fingerprint) -> {
            asked.add(type + " " + fingerprint);
            return decision;
        }, host -> LocalShellServer.PASSWORD.toCharArray(), HostTimeouts.defaults());
    }

    private String hostPattern() {
        return "[127.0.0.1]:" + server.port();
    }
}
