package io.arrowhead.cli.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** The command line's exit codes, as {@code --help} and the README list them. Scripts rely on them: never renumber. */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int NOT_FOUND = 3;
    public static final int REFUSED = 4;
    public static final int TRUST_OR_LOGIN = 5;
    public static final int UNREACHABLE = 6;

    private ExitCodes() {
    }

    /** Code and meaning, in order, for the usage help of every command. */
    public static Map<String, String> described() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(" " + OK, "Success.");
        codes.put(" " + FAILURE, "Another failure.");
        codes.put(" " + USAGE, "Usage: a wrong option or value, or a destructive command without --yes off a terminal.");
        codes.put(" " + NOT_FOUND, "Not found: no such gateway, volume, SDC, host or operation.");
        codes.put(" " + REFUSED, "Refused by the gateway.");
        codes.put(" " + TRUST_OR_LOGIN, "Trust or login: an unknown or changed certificate or host key, a wrong password.");
        codes.put(" " + UNREACHABLE, "Unreachable or timed out.");
        return codes;
    }
}
