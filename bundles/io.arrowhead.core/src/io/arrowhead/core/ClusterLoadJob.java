package io.arrowhead.core;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import io.arrowhead.scaleio.client.CallCancellation;
import io.arrowhead.scaleio.client.GatewayCancelledException;
import io.arrowhead.scaleio.client.GatewayClient;

/**
 * Connects a gateway, if asked, and loads its whole cluster with one {@code GET /api/instances}; the connection is
 * {@link GatewayConnection#isLoading() loading} meanwhile. After each load it schedules the next automatic refresh,
 * at the interval of {@link ConsolePreferences}. A failure keeps the last model and marks the connection
 * {@link ConnectionState#FAILED}; the next refresh, or a reconnect, recovers. Only a connect the user asked for
 * reports its failure through the job's status; a refresh, the user's or automatic, logs it to the Error Log once
 * and ends OK, so that the workbench raises no dialog over whatever the user is doing.
 */
final class ClusterLoadJob extends Job {

    /**
     * The family of the scheduled background refreshes. They are kept out of {@link GatewayJob#FAMILY} and of the
     * connection's family, because each one schedules the next: joining them would never end.
     */
    static final Object AUTO_REFRESH_FAMILY = new Object();

    private static final Map<GatewayConnection, Job> AUTO_REFRESH = new ConcurrentHashMap<>();

    private final GatewayConnection connection;
    private final boolean reconnect;
    private final boolean userAsked;
    private final boolean reportsFailure;
    private final CallCancellation cancellation = new CallCancellation();

    private ClusterLoadJob(GatewayConnection connection, boolean reconnect, boolean userAsked,
        boolean reportsFailure) {
        super((reconnect ? "Connecting to " : "Refreshing ") + connection.name());
        this.connection = connection;
        this.reconnect = reconnect;
        this.userAsked = userAsked;
        this.reportsFailure = reportsFailure;
        setRule(connection.rule());
        setUser(false);
        setSystem(!userAsked);
    }

    static Job start(GatewayConnection connection, boolean reconnect, boolean userAsked, long delayMillis) {
        if (userAsked) {
            cancelAutoRefresh(connection);
        }
        ClusterLoadJob job = new ClusterLoadJob(connection, reconnect, userAsked, userAsked && reconnect);
        job.schedule(delayMillis);
        return job;
    }

    /** The user's refresh, which connects a gateway that has no client; its failure raises no dialog. */
    static Job startRefresh(GatewayConnection connection) {
        cancelAutoRefresh(connection);
        ClusterLoadJob job = new ClusterLoadJob(connection, connection.client() == null, true, false);
        job.schedule();
        return job;
    }

    static void cancelAutoRefresh(GatewayConnection connection) {
        Job pending = AUTO_REFRESH.remove(connection);
        if (pending != null) {
            pending.cancel();
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return userAsked ? family == GatewayJob.FAMILY || family == connection : family == AUTO_REFRESH_FAMILY;
    }

    @Override
    protected void canceling() {
        cancellation.cancel();
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        GatewayConnections owner = connection.owner();
        if (!owner.all().contains(connection)) {
            return Status.CANCEL_STATUS;
        }
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 2);
        owner.setLoading(connection, true);
        try {
            GatewayClient client = connection.client();
            if (reconnect || client == null) {
                owner.setState(connection, ConnectionState.CONNECTING, null);
                GatewayConnections.closeClient(connection);
                client = owner.open(connection);
                connection.swapClient(client);
            }
            progress.worked(1);
            progress.subTask("Loading the cluster");
            owner.reload(connection, GatewayCalls.of(client, cancellation));
            return Status.OK_STATUS;
        } catch (GatewayCancelledException e) {
            if (connection.state() == ConnectionState.CONNECTING) {
                GatewayConnections.closeClient(connection);
                owner.setState(connection, ConnectionState.DISCONNECTED, null);
            }
            return Status.CANCEL_STATUS;
        } catch (Exception e) {
            owner.fail(connection, e, !reportsFailure);
            return reportsFailure ? Status.error(connection.lastError(), e) : Status.OK_STATUS;
        } finally {
            owner.setLoading(connection, false);
            scheduleNextRefresh(owner);
        }
    }

    private void scheduleNextRefresh(GatewayConnections owner) {
        int seconds = ConsolePreferences.refreshIntervalSeconds();
        boolean wanted = seconds > 0 && owner.all().contains(connection)
            && connection.state() != ConnectionState.DISCONNECTED && connection.client() != null;
        AUTO_REFRESH.compute(connection, (key, pending) -> {
            if (pending != null && pending != this) {
                pending.cancel();
            }
            if (!wanted) {
                return null;
            }
            ClusterLoadJob next = new ClusterLoadJob(connection, false, false, false);
            next.schedule(seconds * 1000L);
            return next;
        });
    }
}
