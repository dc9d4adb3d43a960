package io.arrowhead.ui.internal;

import org.eclipse.osgi.util.NLS;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import io.arrowhead.core.Units;
import io.arrowhead.core.VolumeCounts;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.VolumeType;

/**
 * How the properties and editors show values, so that the same figure reads the same everywhere. Unknown values
 * become {@link #NONE} rather than "null".
 */
public final class Formats {

    /** Shown for a value the gateway did not send. */
    public static final String NONE = "—";

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
        .withZone(ZoneId.systemDefault());

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM)
        .withZone(ZoneId.systemDefault());

    private Formats() {
    }

    public static String text(Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return NONE;
        }
        if (value instanceof Boolean flag) {
            return flag ? Messages.Formats_yes : Messages.Formats_no;
        }
        return value.toString();
    }

    /** An instant in the user's time zone and locale. */
    public static String dateTime(Instant instant) {
        return instant == null ? NONE : DATE_TIME.format(instant);
    }

    public static String time(Instant instant) {
        return instant == null ? NONE : TIME.format(instant);
    }

    public static String kib(Long kib) {
        return kib == null ? NONE : Units.formatKib(kib);
    }

    /** A rate in KiB/s (the gateway's "KB" is 1024 bytes), scaled like sizes: "12.5 MiB/s". */
    public static String kibPerSecond(long kib) {
        return NLS.bind(Messages.Formats_perSecond, Units.formatKib(kib));
    }

    public static String volumeType(VolumeType type) {
        if (type == null) {
            return NONE;
        }
        return switch (type) {
            case THIN_PROVISIONED -> Messages.Formats_thin;
            case THICK_PROVISIONED -> Messages.Formats_thick;
            case SNAPSHOT -> Messages.Formats_snapshot;
            case UNKNOWN -> Messages.Formats_unknown;
        };
    }

    /** An IOPS limit as set on a mapping; 0 or absent means no limit. */
    public static String iopsLimit(Long iops) {
        return iops == null || iops == 0 ? Messages.Formats_unlimited : String.format(Locale.ROOT,
            Messages.Formats_iops, iops);
    }

    /** A bandwidth limit as set on a mapping, whose "MB" is MiB (Kbps / 1024); 0 or absent means no limit. */
    public static String bandwidthLimit(Long megabytesPerSecond) {
        return megabytesPerSecond == null || megabytesPerSecond == 0 ? Messages.Formats_unlimited
            : String.format(Locale.ROOT, Messages.Formats_mbps, megabytesPerSecond);
    }

    /** An access mode as the gateway spells it ({@code ReadWrite}), in words. */
    public static String accessMode(String wireName) {
        if (wireName == null) {
            return NONE;
        }
        return switch (wireName) {
            case "ReadWrite" -> Messages.Formats_readWrite;
            case "ReadOnly" -> Messages.Formats_readOnly;
            case "NoAccess" -> Messages.Formats_noAccess;
            default -> wireName;
        };
    }

    public static String sdcState(Sdc sdc) {
        return sdc.isConnected() ? Messages.Formats_connected : Messages.Formats_disconnected;
    }

    /** Every address of an SDC, the 3.6 list when there is one. */
    public static String sdcIps(Sdc sdc) {
        List<String> ips = sdc.sdcIps().isEmpty() && sdc.sdcIp() != null ? List.of(sdc.sdcIp()) : sdc.sdcIps();
        return ips.isEmpty() ? NONE : String.join(", ", ips);
    }

    /** The SDC's version, preferring the software version that 3.x reports. */
    public static String sdcVersion(Sdc sdc) {
        return text(sdc.softwareVersionInfo() != null ? sdc.softwareVersionInfo() : sdc.versionInfo());
    }

    /** Operating system and kernel, such as "Linux (5.14.0-362.el9)". */
    public static String sdcOs(Sdc sdc) {
        if (sdc.kernelVersion() == null || sdc.kernelVersion().isBlank()) {
            return text(sdc.osType());
        }
        return NLS.bind(Messages.Formats_os, text(sdc.osType()), sdc.kernelVersion());
    }

    public static String count(int count, String singular, String plural) {
        return NLS.bind(Messages.Formats_count, count, count == 1 ? singular : plural);
    }

    /** "14 volumes, 2 snapshots", or "14 volumes" without snapshots, as the tree and the properties count them. */
    public static String volumeCounts(VolumeCounts counts) {
        String volumes = count(counts.volumes(), Messages.Formats_volume, Messages.Formats_volumes);
        return counts.snapshots() == 0 ? volumes : NLS.bind(Messages.Formats_volumesAndSnapshots, volumes,
            count(counts.snapshots(), Messages.Formats_snapshotWord, Messages.Formats_snapshots));
    }

    public static String decimal(double value) {
        return String.format(Locale.ROOT, value >= 100 || value == Math.rint(value) ? "%,.0f" : "%,.1f", value);
    }
}
