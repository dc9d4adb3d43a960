package io.arrowhead.scaleio.client;

/**
 * The gateway's answer was larger than {@link GatewayConfig#maxAnswerBytes()}, or held more JSON tokens than
 * that many bytes of a real answer would, so the client stopped reading it.
 * A real answer that large is a very large system; an endless one is a faulty or hostile gateway.
 */
public class GatewayAnswerTooLargeException extends GatewayClientException {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final long limitBytes;
    private final long limitTokens;

    /**
     * @param path the request path, such as {@code /api/instances}
     * @param limitTokens the JSON tokens (values, names, brackets) allowed with that many bytes
     */
    public GatewayAnswerTooLargeException(GatewayEndpoint endpoint, String path, long limitBytes, long limitTokens) {
        super(endpoint, "The gateway's answer to " + path + " is larger than the limit of " + describe(limitBytes)
                + " or " + limitTokens + " JSON tokens, so it was not read; if the system really is that large, "
                + "raise the answer size limit", null);
        this.path = path;
        this.limitBytes = limitBytes;
        this.limitTokens = limitTokens;
    }

    /** The request path whose answer was too large. */
    public String path() {
        return path;
    }

    public long limitBytes() {
        return limitBytes;
    }

    public long limitTokens() {
        return limitTokens;
    }

    /** "256 MiB (268435456 bytes)", or "1000 bytes" below a MiB. */
    private static String describe(long bytes) {
        long mebibytes = bytes / (1024 * 1024);
        return mebibytes == 0 ? bytes + " bytes" : mebibytes + " MiB (" + bytes + " bytes)";
    }
}
