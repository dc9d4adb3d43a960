package io.arrowhead.hosts.emulator.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an SSH exec line the way {@code sh -c} would for the simple commands Arrowhead sends: words separated by
 * blanks, single quotes (ShellCommand's quoting, including its {@code '\''} escape), double quotes without
 * expansion, and backslashes. Anything a shell would interpret (operators, expansions) is refused, so a hostile
 * line can never be mistaken for a harmless one.
 */
public final class CommandLine {

    private static final String OPERATORS = ";&|<>()`$*?[]{}~#";

    /** The words to run, after the {@code sudo -n} and {@code timeout} wrappers, and the timeout if one was given. */
    public record Invocation(List<String> words, Duration timeout) {
    }

    /** A line that only a real shell could run. */
    public static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;

        SyntaxException(String message) {
            super(message);
        }
    }

    private CommandLine() {
    }

    public static Invocation parse(String line) throws SyntaxException {
        List<String> words = split(line);
        int start = 0;
        if (start < words.size() && words.get(start).equals("sudo")) {
            start++;
            while (start < words.size() && words.get(start).equals("-n")) {
                start++;
            }
        }
        Duration timeout = null;
        if (start < words.size() && words.get(start).equals("timeout")) {
            start++;
            while (start + 1 < words.size() && (words.get(start).equals("-k") || words.get(start).equals("-s"))) {
                start += 2;
            }
            if (start < words.size()) {
                timeout = seconds(words.get(start++));
            }
        }
        return new Invocation(List.copyOf(words.subList(start, words.size())), timeout);
    }

    static List<String> split(String line) throws SyntaxException {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                continue;
            }
            if (c == '\n' || c == '\r' || OPERATORS.indexOf(c) >= 0) {
                throw new SyntaxException("shell syntax is not supported on this emulated host: "
                        + (c == '\n' || c == '\r' ? "line break" : String.valueOf(c)));
            }
            word = word == null ? new StringBuilder() : word;
            if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new SyntaxException("Syntax error: Unterminated quoted string");
                }
                word.append(line, i + 1, end);
                i = end;
            } else if (c == '"') {
                i = doubleQuoted(line, i + 1, word);
            } else if (c == '\\') {
                if (++i >= line.length()) {
                    throw new SyntaxException("Syntax error: a trailing backslash");
                }
                word.append(line.charAt(i));
            } else {
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    /** Copies a double-quoted part up to its closing quote; returns the index of that quote. */
    private static int doubleQuoted(String line, int from, StringBuilder word) throws SyntaxException {
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                return i;
            } else if (c == '$' || c == '`') {
                throw new SyntaxException("shell expansion is not supported on this emulated host: " + c);
            } else if (c == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                word.append(line.charAt(++i));
            } else {
                word.append(c);
            }
        }
        throw new SyntaxException("Syntax error: Unterminated quoted string");
    }

    /** timeout's duration: a number with an optional s/m/h/d suffix. */
    private static Duration seconds(String text) {
        try {
            char unit = text.isEmpty() ? 's' : text.charAt(text.length() - 1);
            String number = Character.isDigit(unit) ? text : text.substring(0, text.length() - 1);
            long millis = Math.round(Double.parseDouble(number) * 1000);
            return Duration.ofMillis(millis).multipliedBy(switch (unit) {
                case 'm' -> 60;
                case 'h' -> 3600;
                case 'd' -> 86400;
                default -> 1;
            });
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
