package io.arrowhead.cli.tests;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.arrowhead.cli.internal.Terminal;

/**
 * A terminal for tests: captures what a command prints, answers its questions from a script (only when it plays an
 * interactive terminal), records the questions, and has an environment of its own.
 */
final class ScriptedTerminal implements Terminal {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final PrintWriter outWriter = new PrintWriter(out, true);
    private final PrintWriter errWriter = new PrintWriter(err, true);
    private final boolean interactive;
    private final Deque<String> answers = new ArrayDeque<>();
    private final List<String> questions = new ArrayList<>();
    private final Map<String, String> environment = new HashMap<>();

    ScriptedTerminal(boolean interactive, String... answers) {
        this.interactive = interactive;
        this.answers.addAll(List.of(answers));
    }

    ScriptedTerminal environment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** What the command printed on standard output. */
    String printed() {
        outWriter.flush();
        return out.toString();
    }

    /** What the command printed on standard error. */
    String errors() {
        errWriter.flush();
        return err.toString();
    }

    List<String> questions() {
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
}
