package io.arrowhead.ui.internal.charts;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The unit of a chart's values as they arrive, and how they read: rates and sizes in binary units scaled to the
 * value (KiB/s to MiB/s to GiB/s), operations with grouping separators, latency in milliseconds with one decimal.
 */
public enum ChartUnit {
    /** Operations per second. */
    IOPS("IOPS", null),
    /** KiB per second, as the gateway counts its "KB". */
    KIB_PER_SECOND("KiB/s", "/s"),
    MILLISECONDS("ms", null),
    /** Sizes in KiB. */
    KIB("KiB", "");

    private static final String[] BINARY = {"KiB", "MiB", "GiB", "TiB", "PiB"};

    private final String symbol;
    /** For binary units, what follows the scaled size unit; {@code null} for units that do not scale. */
    private final String binarySuffix;

    ChartUnit(String symbol, String binarySuffix) {
        this.symbol = symbol;
        this.binarySuffix = binarySuffix;
    }

    /** The unit the raw values are in, as a CSV header names it: "KiB/s". */
    public String symbol() {
        return symbol;
    }

    /** Whether the unit scales by 1024, so that axis ticks fall on binary steps. */
    public boolean isBinary() {
        return binarySuffix != null;
    }

    /** A value as a person reads it: "12,300", "12.5 MiB/s", "1.2 TiB", "3.4 ms"; empty for NaN. */
    public String format(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        return switch (this) {
            case IOPS -> pattern("#,##0").format(value);
            case MILLISECONDS -> pattern("#,##0.0").format(value) + " ms";
            case KIB_PER_SECOND, KIB -> binary(value);
        };
    }

    /** A raw value for a CSV cell, in {@link #symbol()} units, without exponent or trailing zeros. */
    public static String raw(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        String text = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return text.equals("-0") ? "0" : text;
    }

    private String binary(double kib) {
        double scaled = kib;
        int step = 0;
        while (Math.abs(scaled) >= 1024 && step < BINARY.length - 1) {
            scaled /= 1024;
            step++;
        }
        return pattern("#,##0.#").format(scaled) + " " + BINARY[step] + binarySuffix;
    }

    /** A new format each time: DecimalFormat is not thread-safe and exports run in jobs. */
    private static DecimalFormat pattern(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }
}
