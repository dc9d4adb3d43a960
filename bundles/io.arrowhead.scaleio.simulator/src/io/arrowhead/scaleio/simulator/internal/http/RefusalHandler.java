package io.arrowhead.scaleio.simulator.internal.http;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error handler, for requests Jetty refuses before the simulator sees them (malformed, header fields too
 * large, ...): the answer comes from the {@link ErrorResponder}, so it looks like the application's other errors.
 */
final class RefusalHandler implements Request.Handler {

    private final ErrorResponder errors;
    private final String serverName;

    RefusalHandler(ErrorResponder errors, String serverName) {
        this.errors = errors;
        this.serverName = serverName;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = request.getAttribute(ErrorHandler.ERROR_STATUS) instanceof Integer code ? code : 500;
        String message = request.getAttribute(ErrorHandler.ERROR_MESSAGE) instanceof String text && !text.isBlank()
                ? text : HttpStatus.getMessage(status);
        Answers.write(errors.respond(status, message), response, callback, serverName, status >= 400, false);
        return true;
    }
}
