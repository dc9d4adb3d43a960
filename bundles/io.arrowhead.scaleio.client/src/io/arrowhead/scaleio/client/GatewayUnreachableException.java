package io.arrowhead.scaleio.client;

/**
 * No answer could be had: the connection was refused, the host is unknown or has no route, or the connection was
 * reset or closed before the answer came.
 */
public class GatewayUnreachableException extends GatewayClientException {

    private static final long serialVersionUID = 1L;

    public GatewayUnreachableException(GatewayEndpoint endpoint, String detail, Throwable cause) {
        super(endpoint, detail, cause);
    }
}
