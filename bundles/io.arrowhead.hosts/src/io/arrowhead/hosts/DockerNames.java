package io.arrowhead.hosts;

import java.util.regex.Pattern;

/** Docker volume names as Docker accepts them; checked before any name reaches a host. */
public final class DockerNames {

    private static final Pattern VOLUME_NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]{1,254}");

    private DockerNames() {
    }

    public static boolean isVolumeName(String name) {
        return name != null && VOLUME_NAME.matcher(name).matches();
    }

    /** Returns the name, or throws IllegalArgumentException saying what a valid name looks like. */
    public static String requireVolumeName(String name) {
        if (!isVolumeName(name)) {
            throw new IllegalArgumentException("'" + name + "' is not a valid Docker volume name: use 2 to 255 "
                + "letters, digits, '_', '.' or '-', starting with a letter or digit.");
        }
        return name;
    }
}
