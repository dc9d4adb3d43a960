package io.arrowhead.cli.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.arrowhead.cli.tests.ScriptedTerminal;
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
        ScriptedTerminal terminal = new ScriptedTerminal(true).environment(CliMasterPassword.FILE_VARIABLE,
            file.toString());
        CliMasterPassword prompt = new CliMasterPassword(terminal);

        assertArrayEquals("from the file".toCharArray(), prompt.ask(new MasterPasswordRequest(false, false, SAVING)));
        assertNull(prompt.ask(new MasterPasswordRequest(false, true, SAVING)), "a wrong file is not read again");
        assertEquals(List.of(), terminal.questions(), "with a file, nobody is asked even on a terminal");
    }

    @Test
    void aNewPasswordIsAskedTwiceOnATerminalAndMustMatch() {
        ScriptedTerminal terminal = withoutFile(new ScriptedTerminal(true, "chosen", "chosen"));
        char[] password = new CliMasterPassword(terminal).ask(new MasterPasswordRequest(true, false, SAVING));
        assertArrayEquals("chosen".toCharArray(), password);
        assertEquals(List.of("New master password: ", "The same again: "), terminal.questions());
        assertTrue(terminal.errors().contains("to save the password of lab"), terminal.errors());

        ScriptedTerminal differing = withoutFile(new ScriptedTerminal(true, "chosen", "typo"));
        assertNull(new CliMasterPassword(differing).ask(new MasterPasswordRequest(true, false, SAVING)));
        assertTrue(differing.errors().contains("differ"), differing.errors());
    }

    @Test
    void offATerminalWithoutAFileNobodyIsAskedAndTheFailureSaysWhatToDo() {
        ScriptedTerminal script = withoutFile(new ScriptedTerminal(false, "never read"));
        assertNull(new CliMasterPassword(script).ask(new MasterPasswordRequest(false, false, SAVING)));
        assertEquals(List.of(), script.questions());
        assertTrue(CliMasterPassword.hint(script).contains(CliMasterPassword.FILE_VARIABLE));
        assertEquals("", CliMasterPassword.hint(new ScriptedTerminal(true)));
    }

    private static ScriptedTerminal withoutFile(ScriptedTerminal terminal) {
        return terminal.environment(CliMasterPassword.FILE_VARIABLE, null);
    }
}
