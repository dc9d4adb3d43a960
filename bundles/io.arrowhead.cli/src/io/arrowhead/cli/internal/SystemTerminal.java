package io.arrowhead.cli.internal;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/** The process's own standard streams and console. */
final class SystemTerminal implements Terminal {

    private final PrintWriter out;
    private final PrintWriter err;
    private final Console console = System.console();

    SystemTerminal() {
        Charset charset = console != null ? console.charset() : Charset.defaultCharset();
        out = new PrintWriter(new java.io.OutputStreamWriter(System.out, charset), true);
        err = new PrintWriter(new java.io.OutputStreamWriter(System.err, charset), true);
    }

    @Override
    public PrintWriter out() {
        return out;
    }

    @Override
    public PrintWriter err() {
        return err;
    }

    /**
     * Java 22 and later give a console even when the streams are redirected, and say with {@code isTerminal}
     * whether they are one; Java 21 gives none then.
     */
    @Override
    public boolean interactive() {
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    @Override
    public String readLine(String prompt) {
        out.flush();
        return console == null ? null : console.readLine("%s", prompt);
    }

    @Override
    public char[] readPassword(String prompt) {
        out.flush();
        return console == null ? null : console.readPassword("%s", prompt);
    }

    @Override
    public String environment(String name) {
        return System.getenv(name);
    }
}
