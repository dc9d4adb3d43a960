package io.arrowhead.scaleio.simulator.internal.auth;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gateway version the simulator answers on {@code GET /api/version}. Clients want exactly two numeric parts
 * (netdata splits on the dot), and from 4.0 on they may switch to Bearer tokens and {@code /rest/auth}.
 */
public record ApiVersion(int major, int minor) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");

    public ApiVersion {
        if (major < 0 || minor < 0) {
            throw new IllegalArgumentException("Negative version part");
        }
    }

    /** Parses {@code "3.5"}; IllegalArgumentException for anything but two numeric parts. */
    public static ApiVersion parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("API version must look like 3.5 (two numeric parts): " + text);
        }
        return new ApiVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    public boolean isAtLeast(int otherMajor, int otherMinor) {
        return major > otherMajor || major == otherMajor && minor >= otherMinor;
    }

    /** PowerFlex 4.0 and later accept Bearer tokens and offer {@code /rest/auth}. */
    public boolean acceptsBearer() {
        return isAtLeast(4, 0);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
