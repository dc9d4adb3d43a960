package io.arrowhead.core.hosts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.internal.hosts.HostRefreshJob;
import io.arrowhead.core.internal.hosts.InventoryStates;
import io.arrowhead.core.internal.hosts.OperationEffects;

/**
 * What the console knows of each Docker host: its state, probe, SDC and Docker volumes, as the last check found them
 * ({@link HostInventory#unknown} before the first). A check runs as a job under the host's rule. Hosts are checked by
 * themselves when added or changed, and after every host operation that names them; a gateway that loads only
 * matches the known SDC GUIDs again, without SSH. Listeners hear of every change. Thread-safe.
 */
public final class HostInventories implements AutoCloseable {

    /** The family of every host check, to wait for or cancel them all. */
    public static final Object FAMILY = new Object();

    private final DockerHosts hosts;
    private final Supplier<? extends Collection<GatewayConnection>> gateways;
    private final Map<ManagedHost, HostInventory> inventories = new ConcurrentHashMap<>();
    private final Map<ManagedHost, HostRefreshJob> latestChecks = new ConcurrentHashMap<>();
    private final List<HostInventoryListener> listeners = new CopyOnWriteArrayList<>();
    private final HostsListener hostsListener = this::hostsChanged;
    private final OperationsLogListener operationsListener = this::operationEnded;
    private final HostRefreshJob.Inventories access = new HostRefreshJob.Inventories() {
        @Override
        public HostInventory current(ManagedHost host) {
            return HostInventories.this.current(host);
        }

        @Override
        public void publish(HostInventory inventory) {
            HostInventories.this.publish(inventory);
        }
    };

    /**
     * @param gateways the gateways whose loaded models a host's SDC is matched against, asked at each match
     */
    public HostInventories(DockerHosts hosts, Supplier<? extends Collection<GatewayConnection>> gateways) {
        this.hosts = Objects.requireNonNull(hosts);
        this.gateways = Objects.requireNonNull(gateways);
        hosts.addListener(hostsListener);
        hosts.operationsLog().addListener(operationsListener);
    }

    /** The host's inventory as last known; {@link HostInventory#unknown} for a host not checked yet. */
    public HostInventory current(ManagedHost host) {
        HostInventory known = inventories.get(host);
        return known != null ? known : HostInventory.unknown(host);
    }

    /**
     * Checks the host because the user asked (F5), in a job under {@link ManagedHost#rule()}, already scheduled; an
     * unknown host key goes to the key callback. A check that is scheduled and has not started yet is returned
     * instead of a second one, unless it would not ask about the key: then it gives way to this one.
     */
    public Job refresh(ManagedHost host) {
        return check(host, true);
    }

    /**
     * Checks the host because something changed (start, an operation, an edit): as {@link #refresh}, but an unknown
     * host key is not asked about; the host shows {@link HostState#HOST_KEY_UNTRUSTED} instead.
     */
    public Job check(ManagedHost host) {
        return check(host, false);
    }

    private Job check(ManagedHost host, boolean askAboutKeys) {
        synchronized (latestChecks) {
            HostRefreshJob pending = latestChecks.get(host);
            if (pending != null && pending.getState() == Job.WAITING) {
                if (pending.asksAboutKeys() || !askAboutKeys) {
                    return pending;
                }
                // The user's refresh must ask about an unknown key; a waiting background check would not.
                pending.cancel();
            }
            HostRefreshJob job = new HostRefreshJob(host, hosts, gateways, access, this, askAboutKeys);
            latestChecks.put(host, job);
            job.schedule();
            return job;
        }
    }

    /** Checks every host, each in its own job, without asking about unknown host keys. */
    public List<Job> refreshAll() {
        List<Job> jobs = new ArrayList<>();
        hosts.all().forEach(host -> jobs.add(check(host)));
        return jobs;
    }

    /** Matches the hosts' SDCs against the gateways again, from the GUIDs already known; never waits on I/O. */
    public void rematchSdcs() {
        for (HostInventory known : List.copyOf(inventories.values())) {
            if (InventoryStates.dependsOnGateways(known)) {
                HostInventory matched = InventoryStates.matched(known, gateways.get());
                if (inventories.replace(known.host(), known, matched) && !matched.equals(known)) {
                    fire(matched);
                }
            }
        }
    }

    /** The Docker volumes, on any host, that a ScaleIO volume backs, by the labels of the last checks. */
    public List<HostBacking> backing(String systemId, String volumeId) {
        List<HostBacking> found = new ArrayList<>();
        for (ManagedHost host : hosts.all()) {
            for (HostDockerVolume volume : current(host).scaleIoVolumes()) {
                if (volume.volumeId().equals(volumeId) && (systemId == null || volume.systemId().equals(systemId))) {
                    found.add(new HostBacking(host, volume.name()));
                }
            }
        }
        return found;
    }

    public void addListener(HostInventoryListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(HostInventoryListener listener) {
        listeners.remove(listener);
    }

    /** Stops listening and cancels the checks; a check in the middle of logging in ends within the login timeout. */
    @Override
    public void close() {
        hosts.removeListener(hostsListener);
        hosts.operationsLog().removeListener(operationsListener);
        Job.getJobManager().cancel(this);
    }

    private void publish(HostInventory inventory) {
        if (!hosts.all().contains(inventory.host())) {
            return;
        }
        HostInventory before = inventories.put(inventory.host(), inventory);
        if (!inventory.equals(before)) {
            fire(inventory);
        }
    }

    private void hostsChanged(HostsEvent event) {
        if (event.kind() == HostsEvent.Kind.REMOVED) {
            Job.getJobManager().cancel(event.host());
            latestChecks.remove(event.host());
            HostInventory last = inventories.remove(event.host());
            fire(last != null ? last : HostInventory.unknown(event.host()));
        } else {
            check(event.host());
        }
    }

    /**
     * Shows what a finished operation did at once, from its record, and checks its hosts to confirm it: the check
     * takes an SSH session and a few commands, which the operator should not wait for to see the result.
     */
    private void operationEnded(OperationRecord record) {
        List<ManagedHost> involved = record.subject().hosts().stream().map(hosts::findByName)
            .flatMap(Optional::stream).toList();
        String systemId = systemIdOf(record.subject().gateway());
        HostInventory source = involved.isEmpty() ? null : current(involved.getFirst());
        for (ManagedHost host : involved) {
            HostInventory known = inventories.get(host);
            if (known != null) {
                OperationEffects.after(record, systemId, known, source)
                    .ifPresent(after -> {
                        if (inventories.replace(host, known, after)) {
                            fire(after);
                        }
                    });
            }
        }
        involved.forEach(this::check);
    }

    private String systemIdOf(String gatewayName) {
        for (GatewayConnection gateway : gateways.get()) {
            var model = gateway.model();
            if (gateway.name().equals(gatewayName) && model != null && model.system() != null) {
                return model.system().id(); // as the operation labelled the Docker volume
            }
        }
        return null;
    }

    private void fire(HostInventory inventory) {
        for (HostInventoryListener listener : listeners) {
            try {
                listener.inventoryChanged(inventory);
            } catch (RuntimeException e) {
                ILog.of(HostInventories.class).log(Status.error("A host inventory listener failed.", e));
            }
        }
    }
}
