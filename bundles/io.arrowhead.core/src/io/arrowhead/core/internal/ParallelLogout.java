package io.arrowhead.core.internal;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.arrowhead.scaleio.client.CallCancellation;
import io.arrowhead.scaleio.client.GatewayClient;
import io.arrowhead.scaleio.client.GatewayClientException;

/**
 * Logs out of several gateways at once, for shutdown: each on a daemon thread of its own, all under one deadline,
 * after which the calls still in flight are aborted. Closing the console must not wait out a hung gateway's read
 * timeout, nor one gateway after another.
 */
public final class ParallelLogout {

    private static final System.Logger LOG = System.getLogger(ParallelLogout.class.getName());

    private ParallelLogout() {
    }

    /**
     * Logs out of and closes every client, returning once all are done or {@code deadline} has passed. Never throws;
     * a gateway that cannot be told keeps its session until the session expires there.
     *
     * @return whether every logout finished in time
     */
    public static boolean logOutAll(Collection<GatewayClient> clients, Duration deadline) {
        if (clients.isEmpty()) {
            return true;
        }
        CallCancellation abort = new CallCancellation();
        ExecutorService threads = Executors.newThreadPerTaskExecutor(
            Thread.ofPlatform().daemon().name("Arrowhead logout ", 1).factory());
        clients.forEach(client -> threads.execute(() -> logOut(client, abort)));
        threads.shutdown();
        boolean finished = false;
        try {
            finished = threads.awaitTermination(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!finished) {
            LOG.log(Level.INFO, "Gave up waiting for gateways to confirm the logout after {0} ms", deadline.toMillis());
            abort.cancel();
        }
        return finished;
    }

    private static void logOut(GatewayClient client, CallCancellation abort) {
        try {
            client.withCancellation(abort).logout();
        } catch (GatewayClientException | RuntimeException e) {
            LOG.log(Level.DEBUG, "Logging out of {0} failed: {1}", client.endpoint(), e.getMessage());
        } finally {
            // the session is gone by now, so closing sends nothing; it only refuses further use
            client.close();
        }
    }
}
