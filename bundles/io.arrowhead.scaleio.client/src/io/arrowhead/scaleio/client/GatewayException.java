package io.arrowhead.scaleio.client;

import java.util.List;

/**
 * The gateway answered with an error: {@code {"message","httpStatusCode","errorCode"}}, where {@code errorCode} is
 * the MDM return code (see {@link GatewayErrorCode}). Branch on the code rather than on the text.
 * <p>
 * For an {@code "Error with details"} answer whose own code is 0, {@link #errorCode()} and {@link #gatewayMessage()}
 * are those of the first detail, which is what the user needs to see; {@link #details()} keeps them all. When the
 * body is not a gateway error at all (PowerFlex 4.x can answer with an HTML page), the code is
 * {@link #NO_ERROR_CODE} and the message is the HTTP status text.
 */
public class GatewayException extends GatewayClientException {

    /** The {@link #errorCode()} of an answer that carried no gateway error body. */
    public static final int NO_ERROR_CODE = -1;

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final int errorCode;
    private final String gatewayMessage;
    private final List<ErrorDetail> details;

    public GatewayException(GatewayEndpoint endpoint, int httpStatus, int errorCode, String gatewayMessage,
            List<ErrorDetail> details) {
        this(endpoint, null, httpStatus, errorCode, gatewayMessage, details);
    }

    /** @param situation what the client was doing, put before the gateway's message; may be {@code null} */
    protected GatewayException(GatewayEndpoint endpoint, String situation, int httpStatus, int errorCode,
            String gatewayMessage, List<ErrorDetail> details) {
        super(endpoint, describe(situation, httpStatus, errorCode, gatewayMessage), null);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
        this.gatewayMessage = gatewayMessage;
        this.details = details == null ? List.of() : List.copyOf(details);
    }

    private static String describe(String situation, int httpStatus, int errorCode, String gatewayMessage) {
        String text = gatewayMessage == null || gatewayMessage.isBlank() ? "The gateway reported an error" : gatewayMessage;
        String described = errorCode == NO_ERROR_CODE ? text + " (HTTP " + httpStatus + ")"
                : text + " (error " + errorCode + ")";
        return situation == null ? described : situation + ": " + described;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public int errorCode() {
        return errorCode;
    }

    public String gatewayMessage() {
        return gatewayMessage;
    }

    public List<ErrorDetail> details() {
        return details;
    }

    /** Whether the error carries this MDM return code, as its own code or in one of its details. */
    public boolean is(int code) {
        return errorCode == code || details.stream().anyMatch(detail -> detail.rc() != null && detail.rc() == code);
    }
}
