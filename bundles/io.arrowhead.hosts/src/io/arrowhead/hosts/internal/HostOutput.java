package io.arrowhead.hosts.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.arrowhead.hosts.SdcDeviceLinks;
import io.arrowhead.scaleio.client.ScaleIoIds;

/** Parses the plain-text output of host tools: os-release, blkid export, ls of the device links, drv_cfg. */
public final class HostOutput {

    private static final String ID = "(" + ScaleIoIds.OBJECT_ID + ")";
    private static final Pattern GUID = Pattern.compile(ScaleIoIds.SDC_GUID, Pattern.CASE_INSENSITIVE);
    private static final Pattern QUERY_VOLS = Pattern.compile("VOL-ID\\s+" + ID + "\\s+MDM-ID\\s+" + ID,
        Pattern.CASE_INSENSITIVE);
    private static final Pattern QUERY_MDMS = Pattern.compile("MDM-ID\\s+" + ID + "\\s+SDC ID\\s+" + ID,
        Pattern.CASE_INSENSITIVE);

    /** A (system id, volume id) pair named by a device link or drv_cfg. */
    public record VolumeRef(String systemId, String volumeId) {
    }

    private HostOutput() {
    }

    /** KEY=VALUE lines (os-release, blkid -o export); values lose one pair of surrounding quotes. */
    public static Map<String, String> keyValues(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int equals = line.indexOf('=');
            if (equals <= 0 || line.startsWith("#")) {
                continue;
            }
            String value = line.substring(equals + 1).strip();
            if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
                value = value.substring(1, value.length() - 1);
            }
            values.put(line.substring(0, equals).strip(), value);
        }
        return values;
    }

    /** Device link names in {@code ls -1 /dev/disk/by-id} output; partitions and other disks are left out. */
    public static List<VolumeRef> deviceLinks(String lsOutput) {
        List<VolumeRef> refs = new ArrayList<>();
        for (String line : lsOutput.split("\n")) {
            Matcher match = SdcDeviceLinks.LINK_NAME.matcher(line.strip());
            if (match.matches()) {
                refs.add(new VolumeRef(match.group(1), match.group(2)));
            }
        }
        return refs;
    }

    /** The GUID in {@code drv_cfg --query_guid} output, upper case, or null if there is none. */
    public static String guid(String output) {
        Matcher match = GUID.matcher(output);
        return match.find() ? ScaleIoIds.normalizeSdcGuid(match.group()) : null;
    }

    /** Volumes in {@code drv_cfg --query_vols} output, ids lower case (volume id, system id = MDM-ID). */
    public static List<VolumeRef> queryVols(String output) {
        List<VolumeRef> refs = new ArrayList<>();
        Matcher match = QUERY_VOLS.matcher(output);
        while (match.find()) {
            refs.add(new VolumeRef(ScaleIoIds.requireObjectId(match.group(2), "system id"),
                ScaleIoIds.requireObjectId(match.group(1), "volume id")));
        }
        return refs;
    }

    /** System id to SDC id from {@code drv_cfg --query_mdms} output, ids lower case. */
    public static Map<String, String> queryMdms(String output) {
        Map<String, String> sdcIds = new LinkedHashMap<>();
        Matcher match = QUERY_MDMS.matcher(output);
        while (match.find()) {
            sdcIds.put(ScaleIoIds.requireObjectId(match.group(1), "system id"),
                ScaleIoIds.requireObjectId(match.group(2), "SDC id"));
        }
        return sdcIds;
    }

    /** The first non-blank line, for messages. */
    public static String firstLine(String text) {
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return "";
    }
}
