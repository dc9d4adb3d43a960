package io.arrowhead.hosts.emulator.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Docker-style flags of one command line, read on demand: each lookup consumes what it matches, and whatever is left
 * is either positional or an unknown flag. Supports {@code --name value}, {@code --name=value} and {@code -n value}.
 */
final class Arguments {

    private final List<String> words;
    private final String command;
    private final BitSet consumed = new BitSet();
    private String missingValue;

    Arguments(List<String> words, String command) {
        this.words = words;
        this.command = command;
    }

    boolean flag(String longName, String shortName) {
        boolean found = false;
        for (int i = 0; i < words.size(); i++) {
            if (!consumed.get(i) && (words.get(i).equals(longName) || words.get(i).equals(shortName))) {
                consumed.set(i);
                found = true;
            }
        }
        return found;
    }

    /** The last value given, or null. */
    String value(String longName, String shortName) {
        List<String> all = values(longName, shortName);
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    List<String> values(String longName, String shortName) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (consumed.get(i)) {
                continue;
            } else if (word.startsWith(longName + "=")) {
                consumed.set(i);
                values.add(word.substring(longName.length() + 1));
            } else if (word.equals(longName) || word.equals(shortName)) {
                consumed.set(i);
                if (i + 1 < words.size()) {
                    consumed.set(++i);
                    values.add(words.get(i));
                } else {
                    missingValue = word;
                }
            }
        }
        return values;
    }

    List<String> positional() {
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!consumed.get(i) && !isFlag(words.get(i))) {
                positional.add(words.get(i));
            }
        }
        return positional;
    }

    /** Docker's complaint about the flags, or null when they are fine. */
    String problem() {
        if (missingValue != null) {
            return "flag needs an argument: " + missingValue;
        }
        for (int i = 0; i < words.size(); i++) {
            if (!consumed.get(i) && isFlag(words.get(i))) {
                return "unknown flag: " + words.get(i);
            }
        }
        return null;
    }

    /** Docker's usage error: status 125 for a flag problem, 1 for wrong arguments. */
    Reply usageError() {
        String problem = problem();
        return problem != null
                ? Reply.error(125, problem + "\nSee 'docker " + command + " --help'.")
                : Reply.error(1, "\"docker " + command + "\" got unexpected arguments " + positional()
                        + ".\nSee 'docker " + command + " --help'.");
    }

    private static boolean isFlag(String word) {
        return word.startsWith("-") && word.length() > 1;
    }
}
