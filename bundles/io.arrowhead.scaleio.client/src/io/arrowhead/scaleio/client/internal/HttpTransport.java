package io.arrowhead.scaleio.client.internal;

import java.io.IOException;

import io.arrowhead.scaleio.client.CallCancellation;
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
 * Sends requests to one gateway with OkHttp and reads the answers completely. Every transport shares one
 * connection pool and dispatcher; OkHttp keys pooled connections by address and TLS setup, so clients with
 * different trust never share a connection.
 */
public final class HttpTransport {

    private static final OkHttpClient SHARED_BASE = new OkHttpClient.Builder()
            .connectionPool(new ConnectionPool())
            // a redirect would resend the credentials, or turn a POST into a GET; report it as an error instead
            .followRedirects(false)
            .followSslRedirects(false)
            .build();

    private final GatewayEndpoint endpoint;
    private final OkHttpClient reads;
    private final OkHttpClient writes;
    private final HostnameCheck hostnameCheck;

    /** @param base supplies the connection pool, dispatcher and interceptors */
    public HttpTransport(GatewayConfig config, OkHttpClient base) {
        this.endpoint = config.endpoint();
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
     * Sends the request and reads the whole answer, whatever its status.
     *
     * @throws GatewayClientException if no answer could be had, or the call was cancelled
     */
    public HttpAnswer send(Request request, CallCancellation cancellation) throws GatewayClientException {
        if (cancellation.isCancelled()) {
            throw new GatewayCancelledException(endpoint, null);
        }
        Call call = ("GET".equals(request.method()) ? reads : writes).newCall(request);
        try (CallCancellation.Registration registration = cancellation.onCancel(call::cancel);
                Response response = call.execute()) {
            return new HttpAnswer(response.code(), response.message(), response.body().string());
        } catch (IOException e) {
            throw TransportFailures.classify(endpoint, e, cancellation.isCancelled(), call.isCanceled(), hostnameCheck);
        }
    }
}
