package io.arrowhead.scaleio.client;

import java.io.IOException;
import java.util.Objects;

/**
 * A gateway call failed. The subclasses say how; this class itself stands for answers the client cannot read and
 * transport failures that fit no subclass. The message names the gateway and is fit to show a user;
 * {@link #detail()} is the same without the gateway.
 */
public class GatewayClientException extends IOException {

    private static final long serialVersionUID = 1L;

    private final GatewayEndpoint endpoint;
    private final String detail;

    public GatewayClientException(GatewayEndpoint endpoint, String detail, Throwable cause) {
        super(detail + " [gateway " + Objects.requireNonNull(endpoint) + "]", cause);
        this.endpoint = endpoint;
        this.detail = detail;
    }

    /** The gateway that was called. */
    public GatewayEndpoint endpoint() {
        return endpoint;
    }

    /** What went wrong, without the gateway address. */
    public String detail() {
        return detail;
    }
}
