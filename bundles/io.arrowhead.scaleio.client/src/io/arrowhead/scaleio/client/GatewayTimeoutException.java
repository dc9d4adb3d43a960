package io.arrowhead.scaleio.client;

/** The gateway did not answer within the connect, read or call timeout of the {@link GatewayConfig}. */
public class GatewayTimeoutException extends GatewayClientException {

    private static final long serialVersionUID = 1L;

    public GatewayTimeoutException(GatewayEndpoint endpoint, String detail, Throwable cause) {
        super(endpoint, detail, cause);
    }
}
