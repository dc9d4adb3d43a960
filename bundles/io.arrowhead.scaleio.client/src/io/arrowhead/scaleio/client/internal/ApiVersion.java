package io.arrowhead.scaleio.client.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The gateway API version as clients use it: the leading {@code major.minor} of what {@code /api/version} says. */
public final class ApiVersion {

    // goscaleio keeps the match of ^(\d+?\.\d+?): "3.5.1" and "3.5" both mean 3.5
    private static final Pattern MAJOR_MINOR = Pattern.compile("^(\\d+)\\.(\\d+)");
    private static final int FIRST_BEARER_MAJOR = 4;

    private ApiVersion() {
    }

    /** The {@code major.minor} prefix, or {@code null} if the text does not start with one. */
    public static String majorMinor(String version) {
        Matcher matcher = MAJOR_MINOR.matcher(version.strip());
        return matcher.find() ? matcher.group(1) + "." + matcher.group(2) : null;
    }

    /** Whether calls authenticate with a Bearer token: from PowerFlex 4.0 on, compared numerically. */
    public static boolean usesBearerToken(String majorMinor) {
        return Integer.parseInt(majorMinor.substring(0, majorMinor.indexOf('.'))) >= FIRST_BEARER_MAJOR;
    }
}
