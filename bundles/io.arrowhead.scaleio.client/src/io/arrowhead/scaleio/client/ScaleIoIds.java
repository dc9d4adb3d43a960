package io.arrowhead.scaleio.client;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The console's one rule for each kind of ScaleIO identifier. An object id (volume, SDC, pool, system = MDM id, ...)
 * is 16 hex digits, which the gateway spells in lower case (CloudStack validates {@code ^[0-9a-fA-F]{16}$}). An SDC
 * GUID is a UUID, which the gateway ({@code Sdc.sdcGuid}) spells in upper case and {@code drv_cfg --query_guid}
 * prints in either case.
 */
public final class ScaleIoIds {

    /** An object id as the gateway and the SDC's device links spell it: 16 lowercase hex digits. */
    public static final String OBJECT_ID = "[0-9a-f]{16}";
    /** An SDC GUID as the gateway spells it: an upper-case UUID. */
    public static final String SDC_GUID = "[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}";

    private static final Pattern OBJECT_ID_ANY_CASE = Pattern.compile(OBJECT_ID, Pattern.CASE_INSENSITIVE);
    private static final Pattern SDC_GUID_ANY_CASE = Pattern.compile(SDC_GUID, Pattern.CASE_INSENSITIVE);

    private ScaleIoIds() {
    }

    /** Whether the text is 16 hex digits, in either case. */
    public static boolean isObjectId(String id) {
        return id != null && OBJECT_ID_ANY_CASE.matcher(id).matches();
    }

    /**
     * Returns the id in lower case, the gateway's spelling; check ids with this before they go into a request, a
     * path or a command.
     *
     * @param what names the id in the message, such as "volume id"
     * @throws IllegalArgumentException unless the id is exactly 16 hex digits
     */
    public static String requireObjectId(String id, String what) {
        if (!isObjectId(id)) {
            throw new IllegalArgumentException(
                    (id == null ? "No " + what + " given" : "'" + id + "' is not a valid " + what)
                            + ": a ScaleIO id is 16 hexadecimal digits.");
        }
        return id.toLowerCase(Locale.ROOT);
    }

    /** Whether the text, without surrounding blanks, is a UUID in either case. */
    public static boolean isSdcGuid(String guid) {
        return guid != null && SDC_GUID_ANY_CASE.matcher(guid.strip()).matches();
    }

    /**
     * Returns the GUID stripped and in upper case, as the gateway lists it, so that a GUID from
     * {@code drv_cfg --query_guid} compares equal to {@code Sdc.sdcGuid}.
     *
     * @throws IllegalArgumentException unless the text is a UUID
     */
    public static String normalizeSdcGuid(String guid) {
        if (!isSdcGuid(guid)) {
            throw new IllegalArgumentException("'" + guid + "' is not an SDC GUID such as "
                    + "974F4AC7-FF37-4909-8713-D1BD3F002843.");
        }
        return guid.strip().toUpperCase(Locale.ROOT);
    }
}
