package io.arrowhead.hosts.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.arrowhead.hosts.emulator.EmulatorFixture.Result;

/** The host around the tools: logins, the basic commands, and what a hostile or unknown command gets. */
class EmulatedShellTest {

    @TempDir
    static Path directory;
    private static EmulatorFixture fixture;
    private static EmulatedDockerHost host;

    @BeforeAll
    static void start() throws Exception {
        fixture = new EmulatorFixture(directory);
        host = fixture.startHost(new EmulatedHostSettings("shell-host", EmulatorFixture.USER,
                fixture.userKey.getPublic(), "s3cret-Pass".toCharArray(), directory.resolve("shell.key"), 0));
    }

    @AfterAll
    static void stop() throws Exception {
        fixture.close();
    }

    @Test
    void theSystemDescribesItself() throws Exception {
        assertEquals(new Result(0, "Linux 6.1.0-40-amd64\n", ""), fixture.run(host, "uname", "-sr"));
        assertTrue(fixture.run(host, "cat", "/etc/os-release").stdout()
                .contains("PRETTY_NAME=\"Arrowhead emulated Docker host\"\n"));
        assertEquals(0, fixture.run(host, "ls", "-1", "/dev/disk/by-id").exitCode());
        assertEquals(2, fixture.run(host, "ls", "-1", "/dev/disk/by-nothing").exitCode());
        assertEquals(new Result(0, "/dev/sda\n", ""),
                fixture.run(host, "readlink", "-f", "/dev/disk/by-id/ata-QEMU_HARDDISK_QM00001"));
    }

    @Test
    void unknownAndHostileCommandsDoNothing() throws Exception {
        assertEquals(new Result(127, "", "sh: 1: rm: not found\n"), fixture.exec(host, "rm -rf /"));
        assertEquals(127, fixture.run(host, "curl", "--version").exitCode());
        Result chained = fixture.exec(host, "docker volume ls -q; rm -rf /");
        assertEquals(2, chained.exitCode());
        assertTrue(chained.stderr().startsWith("sh: 1: "), chained.stderr());
        assertEquals(2, fixture.exec(host, "docker volume create $(reboot)").exitCode());
        Result quoted = fixture.run(host, "docker", "volume", "create", "x; reboot");
        assertEquals(1, quoted.exitCode(), "a quoted name is one word, and an invalid one");
        assertFalse(fixture.run(host, "docker", "volume", "ls", "-q").stdout().contains("reboot"));
    }

    @Test
    void concurrentSessionsAreServedIndependently() throws Exception {
        List<Callable<Result>> calls = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String name = "parallel-" + i;
            calls.add(() -> {
                try (ClientSession session = fixture.connect(host)) {
                    session.addPasswordIdentity("s3cret-Pass");
                    session.auth().verify(Duration.ofSeconds(20));
                    return EmulatorFixture.exec(session, "docker volume create " + name);
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<Result> result : pool.invokeAll(calls)) {
                assertEquals(0, result.get().exitCode(), result.get().stderr());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(16, fixture.run(host, "docker", "volume", "ls", "-q").stdout().lines()
                .filter(line -> line.startsWith("parallel-")).count());
    }

    @Test
    void passwordLoginWorksAndAWrongPasswordIsRejected() throws Exception {
        try (ClientSession session = fixture.connect(host)) {
            session.addPasswordIdentity("s3cret-Pass");
            session.auth().verify(Duration.ofSeconds(10));
            assertEquals(0, EmulatorFixture.exec(session, "uname -sr").exitCode());
        }
        try (ClientSession session = fixture.connect(host)) {
            session.addPasswordIdentity("wrong");
            assertThrows(Exception.class, () -> session.auth().verify(Duration.ofSeconds(10)));
        }
    }

    @Test
    void anInteractiveShellIsRefusedPolitely() throws Exception {
        try (ClientSession session = fixture.connect(host)) {
            session.addPasswordIdentity("s3cret-Pass");
            session.auth().verify(Duration.ofSeconds(10));
            try (ChannelShell shell = session.createShellChannel()) {
                java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
                shell.setErr(err);
                shell.setOut(new java.io.ByteArrayOutputStream());
                shell.open().verify(Duration.ofSeconds(10));
                shell.waitFor(java.util.EnumSet.of(org.apache.sshd.client.channel.ClientChannelEvent.CLOSED),
                        Duration.ofSeconds(10));
                assertEquals(1, shell.getExitStatus());
                assertFalse(err.toString().isEmpty());
            }
        }
    }
}
