package io.arrowhead.core;

import java.util.Locale;

/** Sizes and rates in the binary units operators read: KiB from the gateway shown as GiB, TiB and so on. */
public final class Units {

    private static final String[] SIZE_UNITS = {"KiB", "MiB", "GiB", "TiB", "PiB"};

    private Units() {
    }

    /** 8388608 KiB as "8 GiB", 1536 KiB as "1.5 MiB"; whole numbers drop the decimals. */
    public static String formatKib(long kib) {
        double value = kib;
        int unit = 0;
        while (Math.abs(value) >= 1024 && unit < SIZE_UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return number(value) + " " + SIZE_UNITS[unit];
    }

    public static String formatGib(long gib) {
        return formatKib(gib * 1024L * 1024L);
    }

    /** A KB/s rate as "12.5 MB/s"; the gateway's bandwidth figures are KiB based. */
    public static String formatKbPerSecond(long kbPerSecond) {
        String size = formatKib(kbPerSecond);
        return size.replace("iB", "B") + "/s";
    }

    private static String number(double value) {
        if (value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        String text = String.format(Locale.ROOT, value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f", value);
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }
}
