package io.arrowhead.scaleio.simulator.internal.http;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The one adapter between Jetty and the simulator: turns Jetty's request into an {@link HttpRequest}, asks the
 * {@link HttpHandler} on the request's virtual thread and writes its {@link HttpResponse}. It also keeps the
 * threads of running handlers, because Jetty does not interrupt a handler blocked in a fault when it stops, and
 * the simulator's contract is that stopping ends such waits.
 */
final class HandlerBridge extends Handler.Abstract {

    private static final System.Logger LOG = System.getLogger(HandlerBridge.class.getName());
    private static final long JOIN_MILLIS = 5000;
    private static final byte[] NO_BODY = new byte[0];

    private final HttpHandler handler;
    private final ErrorResponder errors;
    private final HttpServerSettings settings;
    private final Set<Thread> running = ConcurrentHashMap.newKeySet();
    private final BodyBudget budget;
    private volatile boolean accepting = true;

    HandlerBridge(HttpHandler handler, ErrorResponder errors, HttpServerSettings settings) {
        this.handler = handler;
        this.errors = errors;
        this.settings = settings;
        this.budget = new BodyBudget(settings.maxBodyBytesInFlight());
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Thread thread = Thread.currentThread();
        running.add(thread);
        RequestBodies.Reservation reservation = new RequestBodies.Reservation();
        try {
            HttpRequest head = head(request, NO_BODY);
            long declared = request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH); // -1 when absent
            boolean hasBody = declared > 0 || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
            if (hasBody) {
                HttpResponse refusal = admit(head);
                if (refusal != null) {
                    refuse(response, callback, refusal);
                    return true;
                }
            }
            if (declared > settings.maxBodyBytes()) {
                refuse(response, callback, errors.respond(413, "The request body is larger than the limit of "
                        + settings.maxBodyBytes() + " bytes."));
                return true;
            }
            byte[] body = NO_BODY;
            try {
                if (hasBody) {
                    body = RequestBodies.read(request, settings.maxBodyBytes(), budget, reservation);
                }
            } catch (RequestBodies.RefusedException e) {
                HttpResponse refusal = errors.respond(e.status(), e.getMessage());
                refuse(response, callback, e.status() == 503 ? refusal.withHeader("Retry-After", "1") : refusal);
                return true;
            } catch (IOException e) {
                callback.failed(e); // the client went away or sent a broken body; Jetty answers or closes
                return true;
            }
            HttpResponse answer = answer(head.withBody(body));
            if (!answer.answers()) {
                drop(request, callback);
            } else {
                Answers.write(answer, response, callback, settings.serverName(), !head.keepAlive(),
                        "HTTP/1.0".equals(head.version()));
            }
            return true;
        } finally {
            budget.release(reservation.bytes);
            running.remove(thread);
            Thread.interrupted(); // an interruption from stop() must not leak to Jetty's next task on this thread
            synchronized (running) {
                running.notifyAll();
            }
        }
    }

    private HttpResponse admit(HttpRequest head) {
        try {
            return handler.admit(head);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Admitting " + head.method() + " " + head.rawPath() + " failed", e);
            return errors.respond(500, "Internal simulator error: " + e);
        }
    }

    private HttpResponse answer(HttpRequest request) {
        try {
            return handler.handle(request);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Request " + request.method() + " " + request.rawPath() + " failed", e);
            return errors.respond(500, "Internal simulator error: " + e);
        }
    }

    /** Answers without reading the body; the connection closes, since the unread body cannot be skipped cheaply. */
    private void refuse(Response response, Callback callback, HttpResponse refusal) {
        Answers.write(refusal, response, callback, settings.serverName(), true, false);
    }

    /** Closes the connection without a byte of an answer, as a dropping or vanished gateway does. */
    private static void drop(Request request, Callback callback) {
        EofException dropped = new EofException("Connection dropped without an answer");
        request.getConnectionMetaData().getConnection().getEndPoint().close(dropped);
        callback.failed(dropped);
    }

    private static HttpRequest head(Request request, byte[] body) {
        HttpURI uri = request.getHttpURI();
        HttpHeaders headers = new HttpHeaders();
        for (HttpField field : request.getHeaders()) {
            headers.add(field.getName(), field.getValue());
        }
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        return new HttpRequest(request.getMethod(), path, uri.getQuery(),
                request.getConnectionMetaData().getHttpVersion().asString(), headers, body,
                Request.getRemoteAddr(request));
    }

    /** Marks the server as stopping; false when it already was. */
    boolean stopAccepting() {
        boolean was = accepting;
        accepting = false;
        return was;
    }

    void interruptHandlers() {
        running.forEach(Thread::interrupt);
    }

    void awaitHandlers() {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(JOIN_MILLIS);
        synchronized (running) {
            try {
                for (long left = JOIN_MILLIS; !running.isEmpty() && left > 0;
                        left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())) {
                    running.wait(left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
