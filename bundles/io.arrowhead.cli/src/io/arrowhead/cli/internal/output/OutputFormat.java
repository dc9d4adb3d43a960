package io.arrowhead.cli.internal.output;

/** How a command prints what it found: {@code --output table|json|csv}. */
public enum OutputFormat {
    /** Aligned columns for people, with sizes and rates in readable units. */
    TABLE,
    /** An array of objects (an object for a single item) with stable field names and raw values, for scripts. */
    JSON,
    /** A header row and raw values, RFC 4180 quoting, for spreadsheets and scripts. */
    CSV
}
