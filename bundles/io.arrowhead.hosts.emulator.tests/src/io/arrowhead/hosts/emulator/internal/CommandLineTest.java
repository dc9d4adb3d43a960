package io.arrowhead.hosts.emulator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.arrowhead.hosts.ShellCommand;

/** The emulator reads back exactly the words ShellCommand quoted, and refuses what only a shell could run. */
class CommandLineTest {

    @Test
    void wordsQuotedByShellCommandComeBackUnchanged() throws Exception {
        List<String> words = List.of("docker", "volume", "create", "it's a \"name\"", "{{json .}}", "$HOME; rm -rf /",
                "a\\b", "", "--label", "io.arrowhead.scaleio.system-id=1a2b");
        ShellCommand command = ShellCommand.of(words.get(0), words.subList(1, words.size()).toArray(String[]::new));
        assertEquals(words, CommandLine.parse(command.toCommandLine()).words());
    }

    @Test
    void sudoAndTimeoutWrappersAreStrippedAndTheTimeoutKept() throws Exception {
        CommandLine.Invocation invocation = CommandLine.parse("sudo -n timeout -k 5 60 uname -sr");
        assertEquals(List.of("uname", "-sr"), invocation.words());
        assertEquals(Duration.ofSeconds(60), invocation.timeout());
        assertEquals(List.of("uname"), CommandLine.parse("timeout 1.5 uname").words());
        assertEquals(Duration.ofMillis(1500), CommandLine.parse("timeout 1.5 uname").timeout());
        assertNull(CommandLine.parse("uname").timeout());
        assertEquals(List.of("a", "b c", "d"), CommandLine.parse("a \"b c\" d").words());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ls; reboot", "ls && reboot", "ls | sh", "echo $(id)", "echo `id`", "ls > /etc/x",
        "echo \"$HOME\"", "ls 'unterminated", "ls\nreboot", "rm *"})
    void shellSyntaxIsRefused(String line) {
        assertThrows(CommandLine.SyntaxException.class, () -> CommandLine.parse(line));
    }

    @Test
    void deviceLettersCountLikeLinuxDisks() {
        assertEquals("a", DeviceTable.letters(0));
        assertEquals("z", DeviceTable.letters(25));
        assertEquals("aa", DeviceTable.letters(26));
        assertEquals("ab", DeviceTable.letters(27));
        assertEquals("ba", DeviceTable.letters(52));
    }
}
