package io.arrowhead.hosts;

import java.util.regex.Pattern;

import io.arrowhead.scaleio.client.ScaleIoIds;

/**
 * The stable links the SDC creates for each mapped volume, {@code /dev/disk/by-id/emc-vol-<systemId>-<volumeId>},
 * with the ids as the gateway spells them; the ids follow {@link ScaleIoIds}.
 */
public final class SdcDeviceLinks {

    /** Where the SDC puts its stable device links. */
    public static final String LINK_DIRECTORY = "/dev/disk/by-id";
    /**
     * The name of a whole-volume link: group 1 is the system id, group 2 the volume id. Partition links
     * ({@code ...-part1}) and links in another case are not the SDC's and do not match.
     */
    public static final Pattern LINK_NAME = Pattern.compile(
        "emc-vol-(" + ScaleIoIds.OBJECT_ID + ")-(" + ScaleIoIds.OBJECT_ID + ")");

    private SdcDeviceLinks() {
    }

    /**
     * {@code /dev/disk/by-id/emc-vol-<systemId>-<volumeId>}, ids in lower case.
     *
     * @throws IllegalArgumentException unless both are ScaleIO ids
     */
    public static String linkPath(String systemId, String volumeId) {
        return LINK_DIRECTORY + "/emc-vol-" + ScaleIoIds.requireObjectId(systemId, "system id") + "-"
            + ScaleIoIds.requireObjectId(volumeId, "volume id");
    }
}
