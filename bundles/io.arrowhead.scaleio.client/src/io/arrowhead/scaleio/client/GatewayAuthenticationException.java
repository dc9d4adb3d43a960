package io.arrowhead.scaleio.client;

import java.util.List;

/**
 * The gateway refused the user name and password, or refused a request again right after a fresh login.
 */
public class GatewayAuthenticationException extends GatewayException {

    private static final long serialVersionUID = 1L;

    public GatewayAuthenticationException(GatewayEndpoint endpoint, String situation, int httpStatus, int errorCode,
            String gatewayMessage, List<ErrorDetail> details) {
        super(endpoint, situation, httpStatus, errorCode, gatewayMessage, details);
    }
}
