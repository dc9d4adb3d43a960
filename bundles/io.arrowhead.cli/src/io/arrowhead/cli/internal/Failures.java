package io.arrowhead.cli.internal;

import org.eclipse.core.runtime.IStatus;

import io.arrowhead.core.GatewayErrors;
import io.arrowhead.core.SecretStoreException;
import io.arrowhead.hosts.DeviceWaitTimeoutException;
import io.arrowhead.hosts.HostAuthenticationException;
import io.arrowhead.hosts.HostCommandTimeoutException;
import io.arrowhead.hosts.HostConnectException;
import io.arrowhead.hosts.HostConnectionLostException;
import io.arrowhead.hosts.HostKeyChangedException;
import io.arrowhead.hosts.HostKeyRejectedException;
import io.arrowhead.hosts.HostKeyRevokedException;
import io.arrowhead.scaleio.client.GatewayAuthenticationException;
import io.arrowhead.scaleio.client.GatewayException;
import io.arrowhead.scaleio.client.GatewayTimeoutException;
import io.arrowhead.scaleio.client.GatewayUnreachableException;
import io.arrowhead.scaleio.client.UntrustedCertificateException;

/** Turns what went wrong into the message and exit code a user or a script sees. */
public final class Failures {

    private Failures() {
    }

    /** The failure behind a job's status; an OK or cancelled status is not a failure and must not be passed. */
    public static CliException of(IStatus status) {
        Throwable cause = status.getException();
        if (cause == null) {
            for (IStatus child : status.getChildren()) {
                if (child.getException() != null) {
                    cause = child.getException();
                    break;
                }
            }
        }
        if (cause == null) {
            return new CliException(ExitCodes.FAILURE, status.getMessage());
        }
        CliException mapped = of(cause);
        // The job's own message says what it was doing; a known kind of failure has a better one of its own.
        return mapped.exitCode() != ExitCodes.FAILURE || status.getMessage().isBlank() ? mapped
            : new CliException(mapped.exitCode(), status.getMessage(), cause);
    }

    /** As {@link #of(Throwable)}, with what the user can do on this terminal about a locked secure storage. */
    public static CliException of(Throwable failure, Terminal terminal) {
        CliException mapped = of(failure);
        boolean secureStorage = false;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            secureStorage |= t instanceof SecretStoreException;
        }
        return secureStorage ? new CliException(mapped.exitCode(), mapped.getMessage()
            + CliMasterPassword.hint(terminal), failure) : mapped;
    }

    public static CliException of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CliException known) {
                return known;
            }
            Integer code = codeOf(t);
            if (code != null) {
                return new CliException(code, message(t), failure);
            }
        }
        if (failure instanceof IllegalArgumentException) {
            return new CliException(ExitCodes.USAGE, failure.getMessage(), failure);
        }
        return new CliException(ExitCodes.FAILURE, GatewayErrors.describe(failure), failure);
    }

    private static Integer codeOf(Throwable t) {
        if (t instanceof UntrustedCertificateException || t instanceof GatewayAuthenticationException
            || t instanceof HostKeyChangedException || t instanceof HostKeyRejectedException
            || t instanceof HostKeyRevokedException || t instanceof HostAuthenticationException
            || t instanceof SecretStoreException) {
            return ExitCodes.TRUST_OR_LOGIN;
        }
        if (t instanceof GatewayUnreachableException || t instanceof GatewayTimeoutException
            || t instanceof HostConnectException || t instanceof HostConnectionLostException
            || t instanceof HostCommandTimeoutException || t instanceof DeviceWaitTimeoutException) {
            return ExitCodes.UNREACHABLE;
        }
        if (t instanceof GatewayException) {
            return ExitCodes.REFUSED;
        }
        return null;
    }

    private static String message(Throwable t) {
        if (t instanceof UntrustedCertificateException untrusted) {
            return CliTrust.describe(untrusted);
        }
        String described = GatewayErrors.describe(t);
        return described == null || described.isBlank() ? t.getClass().getSimpleName() : described;
    }
}
