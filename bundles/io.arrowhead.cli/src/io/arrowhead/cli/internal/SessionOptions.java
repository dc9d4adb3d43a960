package io.arrowhead.cli.internal;

import io.arrowhead.cli.internal.output.OutputFormat;
import picocli.CommandLine.Option;

/** The options every command takes, mixed into each one so that they may follow the command's own words. */
public final class SessionOptions {

    @Option(names = { "-o", "--output" }, paramLabel = "FORMAT", defaultValue = "table",
        converter = OutputFormatConverter.class,
        description = "How to print results: table (default), json or csv. JSON field names are stable.")
    OutputFormat output = OutputFormat.TABLE;

    @Option(names = { "-g", "--gateway" }, paramLabel = "NAME",
        description = "The gateway to use, by name; needed when more than one is configured.")
    String gateway;

    @Option(names = "--trust-fingerprint", paramLabel = "SHA256",
        description = "Pin this certificate or host key fingerprint if the server presents it and it is not yet "
            + "trusted. A changed certificate or host key is refused all the same.")
    String trustFingerprint;

    @Option(names = { "-y", "--yes" },
        description = "Do a destructive command without asking; needed when not on a terminal.")
    boolean yes;

    /**
     * The options of a command that selects its gateways its own way, such as the exporter's repeatable
     * {@code --gateway}, so that it does not mix these in.
     */
    public static SessionOptions of(String trustFingerprint) {
        SessionOptions options = new SessionOptions();
        options.trustFingerprint = trustFingerprint;
        return options;
    }

    public OutputFormat output() {
        return output;
    }

    public String gateway() {
        return gateway;
    }

    public String trustFingerprint() {
        return trustFingerprint;
    }

    public boolean yes() {
        return yes;
    }

    /** Accepts the format in any case. */
    static final class OutputFormatConverter implements picocli.CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            try {
                return OutputFormat.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                    "'" + value + "' is not an output format: use table, json or csv.");
            }
        }
    }
}
