package io.arrowhead.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.ConsolePreferences;
import io.arrowhead.scaleio.client.GatewayClient;
import io.arrowhead.scaleio.client.GatewayClientException;
import io.arrowhead.scaleio.client.model.ClusterSnapshot;
import io.arrowhead.scaleio.client.model.ScaleIoSystem;
import io.arrowhead.scaleio.client.model.Volume;

/**
 * Reads what the console's model holds of a cluster with one typed list per kind of object rather than one
 * {@code GET /api/instances}: the volumes, most of the bytes, on a second thread while the smaller lists are read
 * on the caller's; and without the VTrees and fault sets, which the console does not show and which are a third of
 * the snapshot at 32,768 volumes. Every call may wait as long as the whole-cluster load.
 */
public final class ClusterRead {

    private ClusterRead() {
    }

    /** The cluster's model as of now, each call waiting as long as the cluster-load preference says. */
    public static ClusterModel model(GatewayClient client) throws GatewayClientException {
        return ClusterModel.of(read(client, ConsolePreferences.clusterLoadTimeout()), Instant.now());
    }

    /**
     * The cluster as a snapshot without VTrees and fault sets. Calls through {@code client}, so cancelling its job
     * cancels both threads' calls; a failure of either is thrown once both have ended.
     */
    private static ClusterSnapshot read(GatewayClient client, Duration loadTimeout) throws GatewayClientException {
        GatewayClient calls = client.withReadTimeouts(loadTimeout, loadTimeout);
        CompletableFuture<List<Volume>> volumes = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("Arrowhead volume list").start(() -> {
            try {
                volumes.complete(calls.volumes());
            } catch (GatewayClientException | RuntimeException | Error e) {
                volumes.completeExceptionally(e);
            }
        });
        try {
            List<ScaleIoSystem> systems = calls.systems();
            var domains = calls.protectionDomains();
            var pools = calls.storagePools();
            var sdss = calls.sdss();
            var devices = calls.devices();
            var sdcs = calls.sdcs();
            return new ClusterSnapshot(systems.isEmpty() ? null : systems.getFirst(), domains, pools, sdss, devices,
                List.of(), sdcs, await(volumes), List.of(), null, null);
        } catch (GatewayClientException | RuntimeException e) {
            // The volume list ends before the caller's own failure is reported, so that no call outlives the job.
            volumes.exceptionally(failure -> null).join();
            throw e;
        }
    }

    private static List<Volume> await(CompletableFuture<List<Volume>> volumes) throws GatewayClientException {
        try {
            return volumes.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the volumes were read.", e);
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case GatewayClientException failure -> throw failure;
                case RuntimeException failure -> throw failure;
                case Error failure -> throw failure;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }
}
