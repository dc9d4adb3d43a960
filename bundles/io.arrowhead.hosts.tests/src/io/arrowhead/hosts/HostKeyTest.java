package io.arrowhead.hosts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Host key trust: the callback for unknown keys, the app file, read-only known_hosts and changed keys. */
class HostKeyTest {

    @TempDir
    Path dir;
    private final List<String> asked = new CopyOnWriteArrayList<>();

    private SshHosts hosts(HostKeyStore store, HostKeyDecision decision) {
        return new SshHosts(store, (host, type, fingerprint) -> {
            asked.add(type + " " + fingerprint);
            return decision;
        }, host -> LocalShellServer.PASSWORD.toCharArray(), HostTimeouts.defaults());
    }

    @Test
    void anUnknownKeyIsAskedAboutAndPermanentTrustIsRemembered() throws Exception {
        Path appFile = dir.resolve("app/known_hosts");
        Files.createDirectories(appFile.getParent());
        Files.writeString(appFile, "# hand-edited, no final newline");
        try (LocalShellServer server = new LocalShellServer(dir.resolve("host-key"), 0)) {
            String expected = Tools.fingerprint(dir, server.hostKeyLine());
            try (SshHosts hosts = hosts(new HostKeyStore(appFile, List.of()), HostKeyDecision.ACCEPT_PERMANENTLY)) {
                hosts.open(server.passwordHost()).close();
            }
            assertEquals(List.of(server.hostKeyLine().split(" ")[0] + " " + expected), asked);
            assertTrue(Files.readString(appFile).contains("[127.0.0.1]:" + server.port() + " "));
            asked.clear();
            try (SshHosts hosts = hosts(new HostKeyStore(appFile, List.of()), HostKeyDecision.REJECT)) {
                hosts.open(server.passwordHost()).close();
            }
            assertEquals(List.of(), asked);
        }
    }

    @Test
    void acceptOnceLastsAsLongAsTheStoreAndWritesNothing() throws Exception {
        Path appFile = dir.resolve("known_hosts");
        HostKeyStore store = new HostKeyStore(appFile, List.of());
        try (LocalShellServer server = new LocalShellServer(dir.resolve("host-key"), 0);
                SshHosts hosts = hosts(store, HostKeyDecision.ACCEPT_ONCE)) {
            hosts.open(server.passwordHost()).close();
            hosts.open(server.passwordHost()).close();
            assertEquals(1, asked.size());
            assertFalse(Files.exists(appFile));
        }
    }

    @Test
    void aRejectedKeyRunsNothing() throws Exception {
        try (LocalShellServer server = new LocalShellServer(dir.resolve("host-key"), 0);
                SshHosts hosts = hosts(new HostKeyStore(dir.resolve("known_hosts"), List.of()), HostKeyDecision.REJECT)) {
            assertThrows(HostKeyRejectedException.class, () -> hosts.open(server.passwordHost()));
            assertEquals(0, server.authAttempts.get());
            assertTrue(server.commands.isEmpty());
        }
    }

    @Test
    void aChangedKeyFailsWithoutAskingAuthenticatingOrRunning() throws Exception {
        HostKeyStore store = new HostKeyStore(dir.resolve("known_hosts"), List.of());
        int port;
        String oldFingerprint;
        try (LocalShellServer first = new LocalShellServer(dir.resolve("first-key"), 0);
                SshHosts hosts = hosts(store, HostKeyDecision.ACCEPT_PERMANENTLY)) {
            port = first.port();
            oldFingerprint = Tools.fingerprint(dir, first.hostKeyLine());
            hosts.open(first.passwordHost()).close();
        }
        asked.clear();
        try (LocalShellServer impostor = new LocalShellServer(dir.resolve("second-key"), port);
                SshHosts hosts = hosts(store, HostKeyDecision.ACCEPT_PERMANENTLY)) {
            HostKeyChangedException changed =
                assertThrows(HostKeyChangedException.class, () -> hosts.open(impostor.passwordHost()));
            assertEquals(oldFingerprint, changed.getExpectedFingerprint());
            assertEquals(Tools.fingerprint(dir, impostor.hostKeyLine()), changed.getActualFingerprint());
            assertEquals(List.of(), asked);
            assertEquals(0, impostor.authAttempts.get());
            assertTrue(impostor.commands.isEmpty());
            store.forget(impostor.passwordHost());
            hosts.open(impostor.passwordHost()).close();
            assertEquals(1, asked.size());
        }
    }

    @Test
    void aHashedEntryInAReadOnlyKnownHostsFileIsTrusted() throws Exception {
        try (LocalShellServer server = new LocalShellServer(dir.resolve("host-key"), 0)) {
            Path userFile = dir.resolve("user_known_hosts");
            Files.writeString(userFile, "# comment\nother.example ssh-ed25519 garbage\n[127.0.0.1]:" + server.port()
                + " " + server.hostKeyLine() + "\n");
            Tools.run("ssh-keygen", "-H", "-f", userFile.toString());
            assertFalse(Files.readString(userFile).contains("127.0.0.1"), "ssh-keygen -H did not hash the entry");
            Path appFile = dir.resolve("app_known_hosts");
            try (SshHosts hosts = hosts(new HostKeyStore(appFile, List.of(userFile)), HostKeyDecision.REJECT)) {
                hosts.open(server.passwordHost()).close();
            }
            assertEquals(List.of(), asked);
            assertFalse(Files.exists(appFile));
        }
    }
}
