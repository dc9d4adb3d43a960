package io.arrowhead.hosts;

import java.util.regex.Pattern;

/** Docker volume names as Docker accepts them; checked before any name reaches a host. */
public final class DockerNames {

    /**
     * Docker's own rule for local volume names (moby's RestrictedNamePattern): a letter or digit, then at least one
     * more letter, digit, '_', '.' or '-', so a name has two characters or more, as Docker demands.
     */
    public static final String VOLUME_NAME_PATTERN = "[a-zA-Z0-9][a-zA-Z0-9_.-]+";

    /**
     * Our limit, not Docker's: the local driver checks no length, but it makes a directory of that name under
     * {@code /var/lib/docker/volumes}, and Linux file systems refuse a name longer than 255 bytes (all characters
     * allowed here are one byte).
     */
    public static final int MAX_VOLUME_NAME_LENGTH = 255;

    private static final Pattern VOLUME_NAME = Pattern.compile(VOLUME_NAME_PATTERN);

    private DockerNames() {
    }

    public static boolean isVolumeName(String name) {
        return name != null && name.length() <= MAX_VOLUME_NAME_LENGTH && VOLUME_NAME.matcher(name).matches();
    }

    /** Returns the name, or throws IllegalArgumentException saying what a valid name looks like. */
    public static String requireVolumeName(String name) {
        if (!isVolumeName(name)) {
            throw new IllegalArgumentException("'" + name + "' is not a valid Docker volume name: use 2 to "
                + MAX_VOLUME_NAME_LENGTH + " letters, digits, '_', '.' or '-', starting with a letter or digit.");
        }
        return name;
    }
}
