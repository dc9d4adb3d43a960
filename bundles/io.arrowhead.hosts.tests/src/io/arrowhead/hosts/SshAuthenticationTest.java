package io.arrowhead.hosts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Password, encrypted key file and ssh-agent logins against a real SSH server. */
class SshAuthenticationTest {

    @TempDir
    Path dir;
    private LocalShellServer server;
    private HostKeyStore store;

    @BeforeEach
    void start() throws Exception {
        server = new LocalShellServer(dir.resolve("host-key"), 0);
        store = new HostKeyStore(dir.resolve("known_hosts"), List.of());
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private SshHosts hosts(String secret) {
        return new SshHosts(store, (host, type, fingerprint) -> HostKeyDecision.ACCEPT_ONCE,
            host -> secret == null ? null : secret.toCharArray(), HostTimeouts.defaults());
    }

    private HostDefinition host(HostAuthentication auth) {
        return new HostDefinition("127.0.0.1", server.port(), LocalShellServer.USER, auth, false);
    }

    private static String whoRuns(HostSession session) throws HostException {
        return session.check(ShellCommand.of("echo", "logged-in"), Duration.ofSeconds(30)).stdout().strip();
    }

    @Test
    void passwordLogsIn() throws Exception {
        try (SshHosts hosts = hosts(LocalShellServer.PASSWORD); HostSession session = hosts.open(server.passwordHost())) {
            assertEquals("logged-in", whoRuns(session));
        }
    }

    @Test
    void aWrongPasswordIsAnAuthenticationFailure() {
        try (SshHosts hosts = hosts("wrong")) {
            HostAuthenticationException failure =
                assertThrows(HostAuthenticationException.class, () -> hosts.open(server.passwordHost()));
            assertTrue(failure.getMessage().contains(server.passwordHost().displayName()), failure.getMessage());
            assertTrue(server.commands.isEmpty());
        }
    }

    @Test
    void anEncryptedKeyFileLogsInWithItsPassphrase() throws Exception {
        Path key = Tools.keygen(dir, "id_user", Tools.modernKeyType(), "pass phrase");
        server.authorizedKeys.add(Tools.publicKey(key));
        try (SshHosts hosts = hosts("pass phrase");
                HostSession session = hosts.open(host(new HostAuthentication.KeyFile(key)))) {
            assertEquals("logged-in", whoRuns(session));
        }
        try (SshHosts hosts = hosts("wrong")) {
            HostAuthenticationException failure = assertThrows(HostAuthenticationException.class,
                () -> hosts.open(host(new HostAuthentication.KeyFile(key))));
            assertTrue(failure.getMessage().contains("passphrase"), failure.getMessage());
        }
    }

    @Test
    void aKeyTheHostDoesNotKnowIsRefused() throws Exception {
        Path key = Tools.keygen(dir, "id_other", Tools.modernKeyType(), "");
        try (SshHosts hosts = hosts(null)) {
            assertThrows(HostAuthenticationException.class, () -> hosts.open(host(new HostAuthentication.KeyFile(key))));
        }
    }

    @Test
    void theSshAgentSignsForModernAndRsaKeys() throws Exception {
        Path socket = dir.resolve("agent.sock");
        Process agent = new ProcessBuilder("ssh-agent", "-D", "-a", socket.toString()).redirectErrorStream(true).start();
        try {
            assertTrue(Tools.eventually(() -> Files.exists(socket)), "ssh-agent did not start");
            Map<String, String> env = Map.of("SSH_AUTH_SOCK", socket.toString());
            Path ed25519 = Tools.keygen(dir, "agent_modern", Tools.modernKeyType(), "");
            Path rsa = Tools.keygen(dir, "agent_rsa", "rsa", "");
            Tools.run(env, "ssh-add", ed25519.toString());
            Tools.run(env, "ssh-add", rsa.toString());
            for (Path key : List.of(ed25519, rsa)) {
                server.authorizedKeys.clear();
                server.authorizedKeys.add(Tools.publicKey(key)); // only this one works: the agent must sign with it
                try (SshHosts hosts = hosts(null)) {
                    hosts.setAgentSocket(socket);
                    try (HostSession session = hosts.open(host(new HostAuthentication.Agent()))) {
                        assertEquals("logged-in", whoRuns(session));
                    }
                }
            }
        } finally {
            agent.destroy();
        }
    }

    @Test
    void noAgentIsAClearAuthenticationFailure() {
        try (SshHosts hosts = hosts(null)) {
            hosts.setAgentSocket(dir.resolve("no-such.sock"));
            HostAuthenticationException failure = assertThrows(HostAuthenticationException.class,
                () -> hosts.open(host(new HostAuthentication.Agent())));
            assertTrue(failure.getMessage().contains("agent"), failure.getMessage());
        }
    }

    @Test
    void aClosedPortIsAConnectFailure() throws Exception {
        int port = server.port();
        server.close();
        try (SshHosts hosts = hosts(LocalShellServer.PASSWORD)) {
            HostConnectException failure = assertThrows(HostConnectException.class, () -> hosts.open(
                new HostDefinition("127.0.0.1", port, "tester", new HostAuthentication.Password(), false)));
            assertTrue(failure.getMessage().contains("127.0.0.1:" + port), failure.getMessage());
        }
    }
}
