package io.arrowhead.scaleio.client.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JacksonException;

import io.arrowhead.scaleio.client.CallCancellation;
import io.arrowhead.scaleio.client.GatewayAnswerTooLargeException;
import io.arrowhead.scaleio.client.GatewayCancelledException;
import io.arrowhead.scaleio.client.GatewayClientException;
import io.arrowhead.scaleio.client.GatewayConfig;
import io.arrowhead.scaleio.client.GatewayEndpoint;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sends requests to one gateway with OkHttp and hands each answer, as it streams in, to a handler; no answer is
 * read past {@link GatewayConfig#maxAnswerBytes()} or the token limit of {@link AnswerParsers}. Every transport
 * shares one connection pool and dispatcher; OkHttp keys pooled connections by address and TLS setup, so clients with
 * different trust never share a connection.
 */
public final class HttpTransport {

    /** Reads an answer while it is open; the answer is closed when the handler returns. */
    @FunctionalInterface
    public interface AnswerHandler<T> {

        /** @throws IOException if the body does not parse, or reading it fails */
        T handle(HttpAnswer answer) throws IOException;
    }

    private static final OkHttpClient SHARED_BASE = new OkHttpClient.Builder()
            .connectionPool(new ConnectionPool())
            // a redirect would resend the credentials, or turn a POST into a GET; report it as an error instead
            .followRedirects(false)
            .followSslRedirects(false)
            .build();

    private final GatewayEndpoint endpoint;
    private final OkHttpClient reads;
    private final OkHttpClient writes;
    private final Duration configuredReadTimeout;
    private final Duration callTimeout;
    /** Clients for read timeouts other than the configured one, by method kind; they share the pool. */
    private final Map<Duration, OkHttpClient[]> otherTimeouts = new ConcurrentHashMap<>();
    private final HostnameCheck hostnameCheck;
    private final long maxAnswerBytes;
    private final AnswerParsers parsers;

    /** @param base supplies the connection pool, dispatcher and interceptors */
    public HttpTransport(GatewayConfig config, OkHttpClient base) {
        this.endpoint = config.endpoint();
        this.maxAnswerBytes = config.maxAnswerBytes();
        this.configuredReadTimeout = config.readTimeout();
        this.callTimeout = config.callTimeout();
        this.parsers = AnswerParsers.forLimit(maxAnswerBytes);
        TlsSetup tls = TlsSetup.forPolicy(config.tls(), base.hostnameVerifier());
        this.hostnameCheck = tls.hostnameCheck();
        this.reads = base.newBuilder()
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .writeTimeout(config.readTimeout())
                .callTimeout(config.callTimeout())
                .sslSocketFactory(tls.socketFactory(), tls.trustManager())
                .hostnameVerifier(hostnameCheck)
                .build();
        // actions are not idempotent: OkHttp must not silently resend one that may have reached the gateway
        this.writes = reads.newBuilder().retryOnConnectionFailure(false).build();
    }

    /** A transport on the shared pool. Does no I/O. */
    public static HttpTransport create(GatewayConfig config) {
        return new HttpTransport(config, SHARED_BASE);
    }

    /**
     * Closes the pooled connections no call is using, for shutdown. Calls run synchronously on their callers'
     * threads, so the shared dispatcher has no threads of its own to stop.
     */
    public static void releaseIdleConnections() {
        SHARED_BASE.connectionPool().evictAll();
    }

    public GatewayEndpoint endpoint() {
        return endpoint;
    }

    /**
     * Sends the request and lets the handler read the answer, whatever its status.
     *
     * @throws GatewayClientException if no answer could be had, the call was cancelled, the answer is larger than
     *         the limit or does not parse, or the handler threw one
     */
    public <T> T send(Request request, CallCancellation cancellation, AnswerHandler<T> handler)
            throws GatewayClientException {
        return send(request, cancellation, configuredReadTimeout, handler);
    }

    /**
     * {@link #send(Request, CallCancellation, AnswerHandler)} waiting at most {@code readTimeout} for the gateway's
     * next bytes; the whole call may last the configured call timeout, or the read timeout if that is longer.
     */
    public <T> T send(Request request, CallCancellation cancellation, Duration readTimeout, AnswerHandler<T> handler)
            throws GatewayClientException {
        if (cancellation.isCancelled()) {
            throw new GatewayCancelledException(endpoint, null);
        }
        Call call = client("GET".equals(request.method()), readTimeout).newCall(request);
        try (CallCancellation.Registration registration = cancellation.onCancel(call::cancel);
                Response response = call.execute()) {
            LimitedStream body = new LimitedStream(response.body().byteStream(), maxAnswerBytes);
            HttpAnswer answer = new HttpAnswer(response.code(), response.message(), body, parsers);
            try {
                return handleAnswer(request, answer, handler);
            } finally {
                answer.closeParsers();
            }
        } catch (GatewayClientException e) {
            throw e;
        } catch (IOException e) {
            throw TransportFailures.classify(endpoint, e, cancellation.isCancelled(), call.isCanceled(), hostnameCheck,
                    readTimeout);
        }
    }

    private OkHttpClient client(boolean read, Duration readTimeout) {
        if (readTimeout.equals(configuredReadTimeout)) {
            return read ? reads : writes;
        }
        OkHttpClient[] pair = otherTimeouts.computeIfAbsent(readTimeout, timeout -> {
            Duration wholeCall = timeout.compareTo(callTimeout) > 0 ? timeout : callTimeout;
            return new OkHttpClient[] {withTimeouts(reads, timeout, wholeCall), withTimeouts(writes, timeout, wholeCall)};
        });
        return read ? pair[0] : pair[1];
    }

    private static OkHttpClient withTimeouts(OkHttpClient client, Duration readTimeout, Duration callTimeout) {
        return client.newBuilder().readTimeout(readTimeout).writeTimeout(readTimeout).callTimeout(callTimeout).build();
    }

    /** Tells why reading failed: the limit, the connection (rethrown for classifying), or the body itself. */
    private <T> T handleAnswer(Request request, HttpAnswer answer, AnswerHandler<T> handler) throws IOException {
        try {
            return handler.handle(answer);
        } catch (GatewayClientException e) {
            throw e;
        } catch (IOException e) {
            String path = request.url().encodedPath();
            if (answer.limitReached()) {
                throw new GatewayAnswerTooLargeException(endpoint, path, maxAnswerBytes, answer.maxTokens());
            }
            if (answer.connectionFailed()) {
                throw e;
            }
            String reason = e instanceof JacksonException json ? json.getOriginalMessage() : e.getMessage();
            throw new GatewayClientException(endpoint, "The gateway's answer to " + path + " could not be read ("
                    + reason + ")", e);
        }
    }
}
