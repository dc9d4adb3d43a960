package io.arrowhead.scaleio.client;

/** The call was cancelled through its {@link CallCancellation}. */
public class GatewayCancelledException extends GatewayClientException {

    private static final long serialVersionUID = 1L;

    public GatewayCancelledException(GatewayEndpoint endpoint, Throwable cause) {
        super(endpoint, "The request was cancelled", cause);
    }
}
