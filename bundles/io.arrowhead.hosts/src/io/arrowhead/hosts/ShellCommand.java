package io.arrowhead.hosts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A command for a POSIX shell on a remote host, built from separate arguments.
 * <p>
 * An SSH exec request carries one string that the remote login shell parses, so every argument that could hold
 * user data (a volume name, a device path) must reach it as a single literal word. Arguments that are plainly safe
 * are left readable; anything else is wrapped in single quotes, inside which the shell expands nothing.
 */
public final class ShellCommand {

    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

    private final List<String> words;

    private ShellCommand(List<String> words) {
        this.words = List.copyOf(words);
    }

    public static ShellCommand of(String program, String... arguments) {
        List<String> words = new ArrayList<>();
        words.add(requireWord(program));
        for (String argument : arguments) {
            words.add(requireWord(argument));
        }
        return new ShellCommand(words);
    }

    /** A copy with more arguments appended. */
    public ShellCommand with(String... arguments) {
        List<String> words = new ArrayList<>(this.words);
        for (String argument : arguments) {
            words.add(requireWord(argument));
        }
        return new ShellCommand(words);
    }

    public List<String> words() {
        return Collections.unmodifiableList(words);
    }

    /** The single line to send in an SSH exec request. */
    public String toCommandLine() {
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(quote(word));
        }
        return line.toString();
    }

    /** Quotes one word so that a POSIX shell reads it back unchanged. */
    public static String quote(String word) {
        requireWord(word);
        if (PLAIN_WORD.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    private static String requireWord(String word) {
        if (word == null) {
            throw new IllegalArgumentException("A shell argument is missing.");
        }
        if (word.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("A shell argument cannot contain a NUL character.");
        }
        return word;
    }

    @Override
    public String toString() {
        return toCommandLine();
    }
}
