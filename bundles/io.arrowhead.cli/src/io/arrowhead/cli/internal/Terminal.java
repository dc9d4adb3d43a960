package io.arrowhead.cli.internal;

import java.io.PrintWriter;

/**
 * Where a command writes and whom it may ask. Only an interactive terminal is asked anything (a confirmation, a
 * certificate, a password); otherwise commands need their answers as options, so that scripts never hang on a prompt.
 */
public interface Terminal {

    PrintWriter out();

    PrintWriter err();

    /** Whether a person is there to answer: standard input and output are both a terminal. */
    boolean interactive();

    /** Asks a question on an interactive terminal and returns the answer, or null at end of input. */
    String readLine(String prompt);

    /** Asks for a secret without echoing it; null at end of input. The caller clears the array. */
    char[] readPassword(String prompt);

    /** The value of an environment variable, or null; tests give their own environment. */
    String environment(String name);

    /** Asks a yes/no question; anything but y or yes is no. */
    default boolean confirm(String question) {
        String answer = readLine(question + " [y/N] ");
        return answer != null && (answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes"));
    }
}
