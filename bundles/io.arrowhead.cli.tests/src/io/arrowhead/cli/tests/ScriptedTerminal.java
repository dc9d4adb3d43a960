package io.arrowhead.cli.tests;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.arrowhead.cli.internal.Terminal;
import io.arrowhead.core.ArrowheadCore;

/**
 * A terminal for tests: captures what a command prints, answers its questions from a script (only when it plays an
 * interactive terminal), records the questions, and has an environment of its own.
 */
public final class ScriptedTerminal implements Terminal {

    /** The master password of the tests' secure storage, given as scripts give it to arrowhead-cli. */
    static final Path MASTER_PASSWORD_FILE = masterPasswordFile();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final PrintWriter outWriter = new PrintWriter(out, true);
    private final PrintWriter errWriter = new PrintWriter(err, true);
    private final boolean interactive;
    private final Deque<String> answers = new ArrayDeque<>();
    private final List<String> questions = new ArrayList<>();
    private final Map<String, String> environment = new HashMap<>();

    public ScriptedTerminal(boolean interactive, String... answers) {
        this.interactive = interactive;
        this.answers.addAll(List.of(answers));
        environment.put("ARROWHEAD_MASTER_PASSWORD_FILE", MASTER_PASSWORD_FILE.toString());
    }

    /** Sets an environment variable, or removes it when {@code value} is null. */
    public ScriptedTerminal environment(String name, String value) {
        if (value == null) {
            environment.remove(name);
            return this;
        }
        environment.put(name, value);
        return this;
    }

    /** What the command printed on standard output. */
    public String printed() {
        outWriter.flush();
        return out.toString();
    }

    /** What the command printed on standard error. */
    public String errors() {
        errWriter.flush();
        return err.toString();
    }

    public List<String> questions() {
        return List.copyOf(questions);
    }

    @Override
    public PrintWriter out() {
        return outWriter;
    }

    @Override
    public PrintWriter err() {
        return errWriter;
    }

    @Override
    public boolean interactive() {
        return interactive;
    }

    @Override
    public String readLine(String prompt) {
        questions.add(prompt);
        return answers.pollFirst();
    }

    @Override
    public char[] readPassword(String prompt) {
        questions.add(prompt);
        String answer = answers.pollFirst();
        return answer == null ? null : answer.toCharArray();
    }

    @Override
    public String environment(String name) {
        return environment.get(name);
    }

    /**
     * Lets a test's own setup, which runs outside any command, save secrets: registers a prompt that answers with the
     * tests' master password, as the command line does when it is given the file. The next command's end removes it.
     */
    static void unlockSecureStorage() {
        ArrowheadCore.setMasterPasswordPrompt(request -> {
            try {
                return request.wrongBefore() ? null : Files.readString(MASTER_PASSWORD_FILE).strip().toCharArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Path masterPasswordFile() {
        Path file = Path.of(System.getProperty("arrowhead.test.masterPasswordFile", "target/master-password"));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, "cli tests' master password\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
