package io.arrowhead.cli.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.arrowhead.core.MasterPasswordRequest;
import io.arrowhead.core.SecretPurpose;

/** Where the command line gets the master password of secure storage: the file, a person on a terminal, or nobody. */
class CliMasterPasswordTest {

    private static final SecretPurpose SAVING = SecretPurpose.savingGatewayPassword("lab");

    @TempDir
    Path directory;

    @Test
    void theFileGivesItsFirstLineOnceAndNothingAfterAWrongTry() throws Exception {
        Path file = directory.resolve("master");
        Files.writeString(file, "from the file\r\nsecond line\n");
        Answers terminal = new Answers(true, Map.of(CliMasterPassword.FILE_VARIABLE, file.toString()));
        CliMasterPassword prompt = new CliMasterPassword(terminal);

        assertArrayEquals("from the file".toCharArray(), prompt.ask(new MasterPasswordRequest(false, false, SAVING)));
        assertNull(prompt.ask(new MasterPasswordRequest(false, true, SAVING)), "a wrong file is not read again");
        assertEquals(List.of(), terminal.asked, "with a file, nobody is asked even on a terminal");
    }

    @Test
    void aNewPasswordIsAskedTwiceOnATerminalAndMustMatch() {
        Answers terminal = new Answers(true, Map.of(), "chosen", "chosen");
        char[] password = new CliMasterPassword(terminal).ask(new MasterPasswordRequest(true, false, SAVING));
        assertArrayEquals("chosen".toCharArray(), password);
        assertEquals(List.of("New master password: ", "The same again: "), terminal.asked);
        assertTrue(terminal.err.toString().contains("to save the password of lab"), terminal.err.toString());

        Answers differing = new Answers(true, Map.of(), "chosen", "typo");
        assertNull(new CliMasterPassword(differing).ask(new MasterPasswordRequest(true, false, SAVING)));
        assertTrue(differing.err.toString().contains("differ"), differing.err.toString());
    }

    @Test
    void offATerminalWithoutAFileNobodyIsAskedAndTheFailureSaysWhatToDo() {
        Answers script = new Answers(false, Map.of(), "never read");
        assertNull(new CliMasterPassword(script).ask(new MasterPasswordRequest(false, false, SAVING)));
        assertEquals(List.of(), script.asked);
        assertTrue(CliMasterPassword.hint(script).contains(CliMasterPassword.FILE_VARIABLE));
        assertEquals("", CliMasterPassword.hint(new Answers(true, Map.of())));
    }

    /** A terminal that answers password prompts from a list and records them. */
    private static final class Answers implements Terminal {
        final List<String> asked = new ArrayList<>();
        final StringWriter err = new StringWriter();
        private final boolean interactive;
        private final Map<String, String> environment;
        private final Deque<String> answers;

        Answers(boolean interactive, Map<String, String> environment, String... answers) {
            this.interactive = interactive;
            this.environment = environment;
            this.answers = new ArrayDeque<>(List.of(answers));
        }

        @Override
        public PrintWriter out() {
            return new PrintWriter(new StringWriter());
        }

        @Override
        public PrintWriter err() {
            return new PrintWriter(err, true);
        }

        @Override
        public boolean interactive() {
            return interactive;
        }

        @Override
        public String readLine(String prompt) {
            asked.add(prompt);
            return answers.poll();
        }

        @Override
        public char[] readPassword(String prompt) {
            asked.add(prompt);
            String answer = answers.poll();
            return answer == null ? null : answer.toCharArray();
        }

        @Override
        public String environment(String name) {
            return environment.get(name);
        }
    }
}
