package io.arrowhead.hosts;

import java.util.regex.Pattern;

/** ScaleIO system and volume ids (lowercase hex) and the device links the SDC creates from them. */
public final class ScaleIoIds {

    /** Where the SDC puts its stable device links. */
    public static final String LINK_DIRECTORY = "/dev/disk/by-id";
    static final String LINK_PREFIX = "emc-vol-";
    private static final Pattern ID = Pattern.compile("[0-9a-f]{1,16}");

    private ScaleIoIds() {
    }

    public static boolean isId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** Returns the id, or throws IllegalArgumentException. */
    public static String requireId(String id) {
        if (!isId(id)) {
            throw new IllegalArgumentException("'" + id + "' is not a ScaleIO id (1 to 16 lowercase hex digits).");
        }
        return id;
    }

    /** {@code /dev/disk/by-id/emc-vol-<systemId>-<volumeId>} */
    public static String linkPath(String systemId, String volumeId) {
        return LINK_DIRECTORY + "/" + LINK_PREFIX + requireId(systemId) + "-" + requireId(volumeId);
    }
}
