package io.arrowhead.core;

import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import io.arrowhead.scaleio.client.CallCancellation;
import io.arrowhead.scaleio.client.GatewayCancelledException;
import io.arrowhead.scaleio.client.GatewayClient;
import io.arrowhead.scaleio.client.GatewayClientException;

/**
 * A job that talks to one connected gateway under its {@link GatewayRule}, so that operations on one gateway run one
 * at a time while gateways run in parallel. Cancelling the job cancels the call in flight. A job that changes the
 * cluster reloads the model afterwards, even when it failed part way, so that the console shows what really
 * happened. A failure becomes an error status whose message is {@link GatewayErrors#describe}.
 */
public abstract class GatewayJob extends Job {

    /** The family of every gateway job, to wait for or cancel them all. */
    public static final Object FAMILY = new Object();

    private final GatewayConnection connection;
    private final boolean changesCluster;
    private volatile CallCancellation cancellation = new CallCancellation();
    private volatile GatewayClient client;

    protected GatewayJob(String name, GatewayConnection connection, boolean changesCluster) {
        super(name);
        this.connection = Objects.requireNonNull(connection);
        this.changesCluster = changesCluster;
        setRule(connection.rule());
    }

    /** What the job does through a logged-in client whose calls stop when the job is cancelled. */
    protected abstract void execute(GatewayClient client, SubMonitor progress) throws GatewayClientException;

    public GatewayConnection connection() {
        return connection;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY || family == connection;
    }

    @Override
    protected void canceling() {
        cancellation.cancel();
    }

    @Override
    protected final IStatus run(IProgressMonitor monitor) {
        cancellation = new CallCancellation();
        if (monitor.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        SubMonitor progress = SubMonitor.convert(monitor, getName(), changesCluster ? 10 : 1);
        GatewayClient client = connection.client();
        this.client = client;
        if (client == null) {
            return Status.error("Not connected to " + connection.name() + ". Connect to the gateway and try again.");
        }
        GatewayClient cancellable = GatewayCalls.of(client, cancellation);
        boolean lost = false;
        try {
            execute(cancellable, progress.split(changesCluster ? 8 : 1));
            return Status.OK_STATUS;
        } catch (GatewayCancelledException | OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (GatewayClientException | RuntimeException e) {
            lost = GatewayErrors.isConnectionLost(e);
            if (lost) {
                // The job's error status reaches the Error Log; the gateway's state only has to follow.
                connection.owner().fail(connection, e, false);
            }
            return Status.error(GatewayErrors.describe(e), e);
        } finally {
            // A gateway that just stopped answering would only make the reload wait out the same timeout again.
            // newChild, not split: a cancelled job may have changed, or undone, what the model must show.
            if (changesCluster && !lost && connection.client() == client) {
                reloadQuietly(client, progress.newChild(2));
            }
        }
    }

    /**
     * A view of the running job's client whose calls cancelling the job does not stop, for undoing what a cancelled
     * job already changed. {@code null} before the job first runs or when it found no client.
     */
    protected final GatewayClient uncancellableClient() {
        GatewayClient current = client;
        return current == null ? null : GatewayCalls.of(current, new CallCancellation());
    }

    private void reloadQuietly(GatewayClient client, SubMonitor progress) {
        progress.subTask("Reloading the cluster");
        GatewayConnections owner = connection.owner();
        owner.setLoading(connection, true);
        try {
            owner.reload(connection, GatewayCalls.withPreferredTimeouts(client));
        } catch (GatewayClientException | RuntimeException e) {
            owner.fail(connection, e, true);
        } finally {
            owner.setLoading(connection, false);
        }
    }

    /** A gateway job from a lambda, for one-off operations. */
    public static GatewayJob of(String name, GatewayConnection connection, boolean changesCluster,
        GatewayCall call) {
        return new GatewayJob(name, connection, changesCluster) {
            @Override
            protected void execute(GatewayClient client, SubMonitor progress) throws GatewayClientException {
                call.run(client, progress);
            }
        };
    }

    /** The body of a gateway job. */
    @FunctionalInterface
    public interface GatewayCall {
        void run(GatewayClient client, SubMonitor progress) throws GatewayClientException;
    }
}
