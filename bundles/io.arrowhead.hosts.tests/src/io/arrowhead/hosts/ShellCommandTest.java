package io.arrowhead.hosts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Feeds quoted words to a real /bin/sh and checks that each comes back as one unchanged word. */
class ShellCommandTest {

    @ParameterizedTest
    @ValueSource(strings = {"pgdata", "a;rm -rf /", "$(id)", "`id`", "it's", "'", "''", "a b", "x\ny", "\\", "*",
        "-rf", "${HOME}", "a|b&c>d<e", "\"quoted\"", "", "!event", "tab\there", "~root"})
    void theShellReadsEveryWordBackUnchanged(String word) throws Exception {
        assertEquals(List.of("one", word, "three"), echoWords(ShellCommand.of("printf", "%s\\0", "one", word, "three")));
    }

    @Test
    void hostileArgumentsAreNeverExecuted(@TempDir Path dir) throws Exception {
        Path marker = dir.resolve("pwned");
        String hostile = "a; touch " + marker + "; $(touch " + marker + ") `touch " + marker + "`";
        echoWords(ShellCommand.of("printf", "%s\\0", hostile));
        assertFalse(Files.exists(marker), "the shell ran part of an argument");
    }

    @Test
    void plainWordsStayReadable() {
        assertEquals("docker volume create --driver local --opt type=ext4 --opt device=/dev/loop3 vol-1",
            ShellCommand.of("docker", "volume", "create", "--driver", "local", "--opt", "type=ext4", "--opt",
                "device=/dev/loop3", "vol-1").toCommandLine());
        assertEquals("mkfs.ext4 'my volume'", ShellCommand.of("mkfs.ext4").with("my volume").toCommandLine());
    }

    @Test
    void refusesNulAndMissingArguments() {
        assertThrows(IllegalArgumentException.class, () -> ShellCommand.of("echo", "a\0b"));
        assertThrows(IllegalArgumentException.class, () -> ShellCommand.of("echo", (String) null));
    }

    private static List<String> echoWords(ShellCommand command) throws IOException, InterruptedException {
        Process shell = new ProcessBuilder("/bin/sh", "-c", command.toCommandLine()).redirectErrorStream(true).start();
        byte[] output = shell.getInputStream().readAllBytes();
        if (!shell.waitFor(10, TimeUnit.SECONDS)) {
            shell.destroyForcibly();
        }
        String text = new String(output, StandardCharsets.UTF_8);
        return List.of(text.substring(0, text.length() - 1).split("\0", -1));
    }
}
