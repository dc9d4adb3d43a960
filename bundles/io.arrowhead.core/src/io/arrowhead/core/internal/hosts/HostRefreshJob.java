package io.arrowhead.core.internal.hosts;

import java.util.Collection;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.hosts.DockerHosts;
import io.arrowhead.core.hosts.HostInventory;
import io.arrowhead.core.hosts.HostState;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.hosts.DockerHost;
import io.arrowhead.hosts.HostException;
import io.arrowhead.hosts.HostSession;

/**
 * Checks one Docker host under its rule, so that it waits for the host's operations and never sees one half done.
 * The host layer's timeouts bound every step (connect, login, each command); cancelling aborts the command in flight
 * and puts back the state from before the check. A failed check keeps the last known probe and volumes.
 */
public final class HostRefreshJob extends Job {

    /** Where the job reads the host's inventory and publishes the new one. */
    public interface Inventories {
        HostInventory current(ManagedHost host);

        void publish(HostInventory inventory);
    }

    private final ManagedHost host;
    private final DockerHosts hosts;
    private final Supplier<? extends Collection<GatewayConnection>> gateways;
    private final Inventories inventories;
    private final Object family;
    private final boolean askAboutKeys;
    private volatile HostSession session;

    public HostRefreshJob(ManagedHost host, DockerHosts hosts, Supplier<? extends Collection<GatewayConnection>> gateways,
        Inventories inventories, Object family, boolean askAboutKeys) {
        super("Checking the Docker host " + host.name());
        this.askAboutKeys = askAboutKeys;
        this.host = host;
        this.hosts = hosts;
        this.gateways = gateways;
        this.inventories = inventories;
        this.family = family;
        setRule(host.rule());
    }

    public ManagedHost host() {
        return host;
    }

    /** Whether an unknown host key goes to the key callback, rather than leaving the host untrusted. */
    public boolean asksAboutKeys() {
        return askAboutKeys;
    }

    @Override
    public boolean belongsTo(Object candidate) {
        return candidate == family || candidate == host;
    }

    @Override
    protected void canceling() {
        HostSession open = session;
        if (open != null) {
            open.cancel();
        }
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        HostInventory before = inventories.current(host);
        if (monitor.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        inventories.publish(new HostInventory(host, HostState.CHECKING, null, before.probe(), before.sdc(),
            before.scaleIoVolumes(), before.otherVolumes(), before.checkedAt()));
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        HostInventory after;
        try (HostSession opened = askAboutKeys ? hosts.open(host) : hosts.openWithoutAsking(host)) {
            session = opened;
            if (monitor.isCanceled()) {
                inventories.publish(before);
                return Status.CANCEL_STATUS;
            }
            after = InventoryReader.read(host, new DockerHost(opened), gateways.get());
        } catch (HostException | RuntimeException e) {
            if (monitor.isCanceled()) {
                inventories.publish(before);
                return Status.CANCEL_STATUS;
            }
            if (!InventoryStates.expected(e)) {
                ILog.of(HostRefreshJob.class).log(Status.error("Checking the Docker host " + host.name()
                    + " failed.", e));
            }
            after = InventoryStates.failed(before, e);
        } finally {
            session = null;
            monitor.done();
        }
        inventories.publish(after);
        // The state is on the host's node; a failure is no error of the job's.
        return Status.OK_STATUS;
    }
}
