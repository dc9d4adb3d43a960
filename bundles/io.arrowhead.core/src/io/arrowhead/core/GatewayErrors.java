package io.arrowhead.core;

import io.arrowhead.scaleio.client.GatewayAuthenticationException;
import io.arrowhead.scaleio.client.GatewayCancelledException;
import io.arrowhead.scaleio.client.GatewayException;
import io.arrowhead.scaleio.client.GatewayTimeoutException;
import io.arrowhead.scaleio.client.GatewayUnreachableException;
import io.arrowhead.scaleio.client.UntrustedCertificateException;

/** Turns client failures into the one sentence an operator reads: the gateway's code and message, or the cause. */
public final class GatewayErrors {

    private GatewayErrors() {
    }

    public static String describe(Throwable failure) {
        if (failure instanceof GatewayAuthenticationException) {
            return "The gateway refused the user name or password. " + failure.getMessage();
        }
        if (failure instanceof GatewayException e) {
            String code = e.errorCode() == GatewayException.NO_ERROR_CODE ? "" : ", error code " + e.errorCode();
            String text = e.gatewayMessage() == null || e.gatewayMessage().isBlank() ? "no message"
                : e.gatewayMessage();
            return "The gateway refused the request: " + text + " (HTTP " + e.httpStatus() + code + ")";
        }
        if (failure instanceof GatewayUnreachableException || failure instanceof GatewayTimeoutException
            || failure instanceof GatewayCancelledException || failure instanceof UntrustedCertificateException) {
            return failure.getMessage();
        }
        if (failure instanceof SecretStoreException) {
            return "Secure storage is not available: " + failure.getMessage();
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }

    /** Whether the failure means the gateway could not be reached at all, rather than refusing one request. */
    public static boolean isConnectionLost(Throwable failure) {
        return failure instanceof GatewayUnreachableException || failure instanceof GatewayTimeoutException;
    }
}
