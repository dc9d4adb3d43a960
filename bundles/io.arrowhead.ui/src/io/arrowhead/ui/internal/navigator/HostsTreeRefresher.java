package io.arrowhead.ui.internal.navigator;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jface.viewers.AbstractTreeViewer;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.widgets.Display;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.ConnectionEvent;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.hosts.HostDockerVolume;
import io.arrowhead.core.hosts.HostInventory;
import io.arrowhead.core.hosts.HostInventoryListener;
import io.arrowhead.core.hosts.HostsEvent;
import io.arrowhead.core.hosts.HostsListener;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.core.hosts.OperationRecord;
import io.arrowhead.core.hosts.OperationsLogListener;
import io.arrowhead.ui.internal.GatewayWatcher;
import io.arrowhead.ui.model.DockerHostNode;
import io.arrowhead.ui.model.DockerHostsRootNode;
import io.arrowhead.ui.model.DockerVolumeNode;
import io.arrowhead.ui.model.VolumeNode;

/**
 * Brings the Docker Hosts subtree along with the hosts and their inventories, and relabels the volumes on the storage
 * side whose Docker volumes changed. Events come from job threads in bursts (a check starting, then ending); a burst
 * is handled in one pass on the UI thread. Nodes are values, so a refresh keeps expansion and selection. A Docker
 * volume that an operation just attached or moved is shown under its host, expanded, where the operator looks for it.
 */
final class HostsTreeRefresher implements HostInventoryListener, HostsListener, OperationsLogListener {

    private final StructuredViewer viewer;
    private final Display display;
    private final AtomicBoolean queued = new AtomicBoolean();
    /** Per volume ({@code systemId/volumeId}), the Docker volumes it backed at the last pass. */
    private Map<String, Set<String>> backings = Map.of();
    /** Docker volumes that operations just made, to show under their hosts at the next pass. */
    private final Queue<DockerVolumeNode> toReveal = new ConcurrentLinkedQueue<>();
    private volatile boolean detached;
    private GatewayWatcher gateways;

    private HostsTreeRefresher(StructuredViewer viewer) {
        this.viewer = viewer;
        this.display = viewer.getControl().getDisplay();
    }

    static HostsTreeRefresher attach(StructuredViewer viewer) {
        HostsTreeRefresher refresher = new HostsTreeRefresher(viewer);
        ArrowheadCore.hosts().addListener(refresher);
        ArrowheadCore.hostInventories().addListener(refresher);
        ArrowheadCore.hosts().operationsLog().addListener(refresher);
        refresher.backings = backings();
        // A Docker volume's label shows its ScaleIO volume as the gateway's model has it.
        refresher.gateways = GatewayWatcher.startForAny(refresher.display,
            EnumSet.of(ConnectionEvent.Kind.MODEL_CHANGED), refresher::queue);
        if (viewer instanceof AbstractTreeViewer tree) {
            refresher.display.asyncExec(() -> {
                if (!tree.getControl().isDisposed()) {
                    tree.expandToLevel(DockerHostsRootNode.INSTANCE, 1);
                }
            });
        }
        return refresher;
    }

    void detach() {
        detached = true;
        gateways.stop();
        ArrowheadCore.hosts().removeListener(this);
        ArrowheadCore.hostInventories().removeListener(this);
        ArrowheadCore.hosts().operationsLog().removeListener(this);
    }

    @Override
    public void inventoryChanged(HostInventory inventory) {
        queue();
    }

    @Override
    public void hostsChanged(HostsEvent event) {
        queue();
    }

    /** An attach, move or new Docker volume that succeeded is shown where it arrived, its host expanded. */
    @Override
    public void recordAppended(OperationRecord record) {
        String dockerVolume = record.subject().dockerVolume();
        if (record.outcome() != OperationRecord.Outcome.SUCCEEDED || record.kind() == OperationRecord.Kind.DETACH
            || dockerVolume == null || record.subject().hosts().isEmpty()) {
            return;
        }
        ArrowheadCore.hosts().findByName(record.subject().hosts().getLast())
            .ifPresent(host -> toReveal.add(new DockerVolumeNode(host, dockerVolume)));
        queue();
    }

    private void queue() {
        if (detached || display.isDisposed() || !queued.compareAndSet(false, true)) {
            return;
        }
        display.asyncExec(this::flush);
    }

    private void flush() {
        queued.set(false);
        if (detached || viewer.getControl().isDisposed()) {
            return;
        }
        viewer.refresh(DockerHostsRootNode.INSTANCE);
        Map<String, Set<String>> now = backings();
        Set<String> changed = new HashSet<>(now.keySet());
        changed.addAll(backings.keySet());
        changed.removeIf(key -> Objects.equals(now.get(key), backings.get(key)));
        backings = now;
        for (GatewayConnection connection : ArrowheadCore.connections().all()) {
            if (connection.model() == null) {
                continue;
            }
            String prefix = connection.model().system().id() + "/";
            changed.stream().filter(key -> key.startsWith(prefix))
                .forEach(key -> viewer.update(new VolumeNode(connection, key.substring(prefix.length())), null));
        }
        revealArrivals();
    }

    private void revealArrivals() {
        for (DockerVolumeNode arrived = toReveal.poll(); arrived != null; arrived = toReveal.poll()) {
            if (viewer instanceof AbstractTreeViewer tree) {
                tree.expandToLevel(DockerHostsRootNode.INSTANCE, 1);
                tree.expandToLevel(new DockerHostNode(arrived.host()), 1);
                tree.reveal(arrived);
            }
        }
    }

    private static Map<String, Set<String>> backings() {
        Map<String, Set<String>> found = new HashMap<>();
        for (ManagedHost host : ArrowheadCore.hosts().all()) {
            for (HostDockerVolume volume : ArrowheadCore.hostInventories().current(host).scaleIoVolumes()) {
                found.computeIfAbsent(volume.systemId() + "/" + volume.volumeId(), key -> new HashSet<>())
                    .add(host.name() + ":" + volume.name());
            }
        }
        return found;
    }
}
