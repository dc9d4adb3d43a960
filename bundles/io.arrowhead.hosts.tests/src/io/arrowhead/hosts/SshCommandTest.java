package io.arrowhead.hosts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Commands over a real SSH connection to a server that runs them with the local /bin/sh. */
class SshCommandTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path dir;
    private LocalShellServer server;
    private SshHosts hosts;
    private HostSession session;

    @BeforeEach
    void connect() throws Exception {
        server = new LocalShellServer(dir.resolve("host-key"), 0);
        HostKeyStore store = new HostKeyStore(dir.resolve("known_hosts"), List.of());
        hosts = new SshHosts(store, (host, type, fingerprint) -> HostKeyDecision.ACCEPT_ONCE,
            host -> LocalShellServer.PASSWORD.toCharArray(), HostTimeouts.defaults());
        session = hosts.open(server.passwordHost());
    }

    @AfterEach
    void disconnect() throws Exception {
        hosts.close();
        server.close();
    }

    @Test
    void runReturnsExitCodeStdoutAndStderr() throws Exception {
        CommandResult result = session.run(ShellCommand.of("sh", "-c", "echo out; echo err >&2; exit 3"), TIMEOUT);
        assertEquals(new CommandResult(3, "out\n", "err\n"), result);
        HostCommandException failure = assertThrows(HostCommandException.class,
            () -> session.check(ShellCommand.of("sh", "-c", "echo broken >&2; exit 4"), TIMEOUT));
        assertEquals(4, failure.exitCode());
        assertEquals("broken\n", failure.stderr());
        assertTrue(failure.getMessage().contains(server.passwordHost().displayName()), failure.getMessage());
    }

    @Test
    void everyCommandIsWrappedInTimeout() throws Exception {
        session.check(ShellCommand.of("true"), Duration.ofMillis(7500));
        assertEquals("timeout -k 5 8 true", server.commands.getLast());
    }

    @Test
    void sudoHostsPrefixSudoN() throws Exception {
        HostDefinition plain = server.passwordHost();
        try (HostSession sudo = hosts.open(new HostDefinition(plain.address(), plain.port(), plain.user(),
                plain.authentication(), true))) {
            sudo.run(ShellCommand.of("id", "-u"), Duration.ofSeconds(20));
        }
        assertEquals("sudo -n timeout -k 5 20 id -u", server.commands.getLast());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a;rm -rf /", "$(id)", "`id`", "it's", "\"double\"", "line\nbreak", "a b  c", "\\n", "*"})
    void hostileArgumentsArriveUnchanged(String argument) throws Exception {
        assertEquals(argument, session.check(ShellCommand.of("printf", "%s", argument), TIMEOUT).stdout());
    }

    @Test
    void hostileArgumentsAreNotExecuted() throws Exception {
        Path marker = dir.resolve("pwned");
        session.check(ShellCommand.of("printf", "%s", "x; touch " + marker + " $(touch " + marker + ") `touch "
            + marker + "`"), TIMEOUT);
        assertFalse(Files.exists(marker));
    }

    @Test
    void theHostKillsACommandThatOutlivesItsTimeout() throws Exception {
        Path pidFile = dir.resolve("pid");
        HostCommandTimeoutException timeout = assertThrows(HostCommandTimeoutException.class, () -> session.run(
            ShellCommand.of("sh", "-c", "echo $$ > " + pidFile + "; exec sleep 300"), Duration.ofSeconds(1)));
        assertTrue(timeout.getMessage().contains("stopped on the host"), timeout.getMessage());
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        assertTrue(Tools.eventually(() -> !Files.exists(Path.of("/proc/" + pid))), "sleep still runs as " + pid);
        assertEquals("ok", session.check(ShellCommand.of("echo", "ok"), TIMEOUT).stdout().strip());
    }

    @Test
    void theClientGivesUpWhenTheHostDoesNotKill() throws Exception {
        server.rewrite = line -> line.replaceFirst("^timeout -k 5 \\d+ ", ""); // a host without a working timeout
        hosts.setCommandGrace(Duration.ofSeconds(1));
        HostSession impatient = hosts.open(server.passwordHost());
        HostCommandTimeoutException timeout = assertThrows(HostCommandTimeoutException.class,
            () -> impatient.run(ShellCommand.of("sleep", "300"), Duration.ofSeconds(1)));
        assertTrue(timeout.getMessage().contains("stopped waiting"), timeout.getMessage());
    }

    @Test
    void aDroppedConnectionIsReportedAsLost() throws Exception {
        Path started = dir.resolve("started");
        CompletableFuture<CommandResult> running = runInBackground(
            ShellCommand.of("sh", "-c", "touch " + started + "; sleep 60"));
        assertTrue(Tools.eventually(() -> Files.exists(started)));
        server.close();
        ExecutionException failure = assertThrows(ExecutionException.class, running::get);
        assertTrue(failure.getCause() instanceof HostConnectionLostException, failure.getCause().toString());
        assertTrue(failure.getCause().getMessage().contains("sleep 60"), failure.getCause().getMessage());
        assertFalse(session.isOpen());
    }

    @Test
    void cancelAbortsTheCommandInFlightAndTheSessionGoesOn() throws Exception {
        Path started = dir.resolve("started");
        CompletableFuture<CommandResult> running = runInBackground(
            ShellCommand.of("sh", "-c", "touch " + started + "; sleep 60"));
        assertTrue(Tools.eventually(() -> Files.exists(started)));
        session.cancel();
        ExecutionException failure = assertThrows(ExecutionException.class, running::get);
        assertTrue(failure.getCause() instanceof HostCancelledException, failure.getCause().toString());
        assertEquals("ok", session.check(ShellCommand.of("echo", "ok"), TIMEOUT).stdout().strip());
    }

    private CompletableFuture<CommandResult> runInBackground(ShellCommand command) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return session.run(command, TIMEOUT);
            } catch (HostException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
    }
}
