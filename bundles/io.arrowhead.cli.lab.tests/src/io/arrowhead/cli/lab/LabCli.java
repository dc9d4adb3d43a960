package io.arrowhead.cli.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.arrowhead.cli.internal.ArrowheadCli;
import io.arrowhead.cli.internal.Terminal;

/** Runs an {@code arrowhead-cli} command in the test's framework, off a terminal as a script does. */
final class LabCli {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LabCli() {
    }

    /** Runs the command and fails with what it printed unless it exits with {@code expected}. */
    static String run(int expected, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Terminal terminal = new Terminal() {
            private final PrintWriter outWriter = new PrintWriter(out, true);
            private final PrintWriter errWriter = new PrintWriter(err, true);

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
                return false;
            }

            @Override
            public String readLine(String prompt) {
                return null;
            }

            @Override
            public char[] readPassword(String prompt) {
                return null;
            }

            @Override
            public String environment(String name) {
                return null;
            }
        };
        int code = ArrowheadCli.run(terminal, args);
        assertEquals(expected, code, () -> String.join(" ", args) + "\nstdout:\n" + out + "\nstderr:\n" + err);
        return out.toString();
    }

    static JsonNode json(String printed) throws java.io.IOException {
        return JSON.readTree(printed);
    }
}
