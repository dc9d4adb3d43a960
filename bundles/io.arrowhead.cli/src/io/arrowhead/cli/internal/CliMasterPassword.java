package io.arrowhead.cli.internal;

import java.nio.file.Path;
import java.util.Arrays;

import io.arrowhead.core.MasterPasswordPrompt;
import io.arrowhead.core.MasterPasswordRequest;
import io.arrowhead.core.SecretPurpose;

/**
 * The master password of secure storage for the command line: from the file {@value #FILE_VARIABLE} names (for
 * scripts and the exporter's service), else asked on an interactive terminal, else none, and the command fails
 * saying how to give it. The console asks in a dialog for the same storage.
 */
final class CliMasterPassword implements MasterPasswordPrompt {

    static final String FILE_VARIABLE = "ARROWHEAD_MASTER_PASSWORD_FILE";

    private final Terminal terminal;

    CliMasterPassword(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public char[] ask(MasterPasswordRequest request) {
        String file = terminal.environment(FILE_VARIABLE);
        if (file != null && !file.isBlank()) {
            // A file's password that was wrong once stays wrong: asking it again would only loop.
            return request.wrongBefore() ? null : fromFile(Path.of(file));
        }
        if (!terminal.interactive()) {
            return null;
        }
        if (request.wrongBefore()) {
            terminal.err().println("That master password did not open secure storage.");
        }
        String purpose = describe(request.purposeOrNull());
        if (!request.newPassword()) {
            return terminal.readPassword("Master password of Arrowhead's secure storage" + purpose + ": ");
        }
        terminal.err().println("Arrowhead keeps passwords in Equinox secure storage, encrypted with a master password"
            + " that you choose now" + purpose + ".");
        char[] first = terminal.readPassword("New master password: ");
        char[] second = first == null ? null : terminal.readPassword("The same again: ");
        if (first == null || second == null || !Arrays.equals(first, second) || first.length == 0) {
            terminal.err().println("The two passwords differ or are empty; nothing was saved.");
            clear(first);
            clear(second);
            return null;
        }
        clear(second);
        return first;
    }

    /** Why the command line needs no password it cannot get, for failures of secure storage. */
    static String hint(Terminal terminal) {
        return terminal.interactive() ? ""
            : " Off a terminal, set " + FILE_VARIABLE + " to a file (mode 0600) that holds the master password.";
    }

    private char[] fromFile(Path file) {
        try {
            return SecretFile.firstLine(file, "master password");
        } catch (CliException unreadable) {
            // Equinox asks on its own thread and only wants a password or none; the command then fails on that.
            terminal.err().println(unreadable.getMessage());
            return null;
        }
    }

    private static String describe(SecretPurpose purpose) {
        if (purpose == null) {
            return "";
        }
        return switch (purpose.kind()) {
            case CONNECT_GATEWAY -> " (to log in to " + purpose.subject() + ")";
            case SAVE_GATEWAY_PASSWORD -> " (to save the password of " + purpose.subject() + ")";
            case CONNECT_HOST -> " (to connect to " + purpose.subject() + ")";
            case SAVE_HOST_SECRET -> " (to save the secret of " + purpose.subject() + ")";
        };
    }

    private static void clear(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
