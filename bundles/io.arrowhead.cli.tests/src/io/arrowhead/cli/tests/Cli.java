package io.arrowhead.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.arrowhead.cli.internal.ArrowheadCli;

/**
 * Runs {@code arrowhead-cli} commands in the test's framework, each on a fresh core as a new process would be, and
 * gives what they printed and their exit code.
 */
final class Cli {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Cli() {
    }

    /** A command off a terminal, as a script runs it. */
    static Result run(String... args) {
        return run(new ScriptedTerminal(false), args);
    }

    static Result run(ScriptedTerminal terminal, String... args) {
        int code = ArrowheadCli.run(terminal, args);
        return new Result(code, terminal.printed(), terminal.errors(), terminal.questions());
    }

    /** What one command did. */
    record Result(int exitCode, String out, String err, List<String> questions) {

        /** Fails with everything the command printed unless it exited with {@code expected}. */
        Result expect(int expected) {
            assertEquals(expected, exitCode, () -> "exit code; stdout:\n" + out + "\nstderr:\n" + err);
            return this;
        }

        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (java.io.IOException e) {
                throw new AssertionError("not JSON: " + out, e);
            }
        }
    }
}
