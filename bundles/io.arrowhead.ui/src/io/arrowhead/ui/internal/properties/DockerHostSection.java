package io.arrowhead.ui.internal.properties;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.hosts.HostDockerVolume;
import io.arrowhead.core.hosts.HostInventory;
import io.arrowhead.core.hosts.HostInventoryListener;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.hosts.HostDefinition;
import io.arrowhead.hosts.HostProbe;
import io.arrowhead.ui.internal.Formats;
import io.arrowhead.ui.internal.navigator.HostText;
import io.arrowhead.ui.model.DockerHostNode;
import io.arrowhead.ui.model.DockerVolumeNode;

/**
 * The General tab of a Docker host (how it is reached, its state and what it runs) and of a ScaleIO-backed Docker
 * volume (its ScaleIO volume and the containers that use it). Follows the host's inventory while shown.
 */
public final class DockerHostSection extends AbstractKeyValueSection {

    private final AtomicBoolean queued = new AtomicBoolean();
    private final HostInventoryListener listener = this::inventoryChanged;
    private Display display;
    private volatile boolean disposed;

    @Override
    protected String widgetId() {
        return "properties.dockerHost";
    }

    @Override
    protected void createContents(Composite parent) {
        super.createContents(parent);
        display = parent.getDisplay();
        ArrowheadCore.hostInventories().addListener(listener);
    }

    @Override
    protected void addRows(Object element, Rows rows) {
        switch (element) {
            case DockerHostNode node -> addHost(ArrowheadCore.hostInventories().current(node.host()), rows);
            case DockerVolumeNode node -> HostText.dockerVolume(node.host(), node.dockerVolumeName())
                .ifPresent(volume -> addVolume(volume, rows));
            default -> {
                // nothing to show for other elements
            }
        }
    }

    @Override
    public void dispose() {
        disposed = true;
        ArrowheadCore.hostInventories().removeListener(listener);
        super.dispose();
    }

    private static void addHost(HostInventory inventory, Rows rows) {
        HostDefinition definition = inventory.host().definition();
        HostProbe probe = inventory.probe();
        rows.add(Messages.Text_name, inventory.host().name())
            .add(Messages.Host_address, definition.address())
            .add(Messages.Host_port, definition.port())
            .add(Messages.Text_user, definition.user())
            .add(Messages.Text_state, inventory.state().label())
            .addIfPresent(Messages.Host_problem, inventory.problem())
            .add(Messages.Text_operatingSystem, probe == null ? null : probe.os())
            .add(Messages.Host_kernel, probe == null ? null : probe.kernel())
            .add(Messages.Host_dockerVersion, probe == null ? null : probe.dockerUsable() ? probe.dockerVersion()
                : NLS.bind(Messages.Host_dockerUnusable, probe.dockerError()))
            .add(Messages.Host_sdcGuid, probe == null ? null : probe.sdcGuid())
            .add(Messages.Host_matchedSdc, inventory.sdc() == null ? null : NLS.bind(Messages.Host_sdcOnGateway,
                new Object[] {inventory.sdc().sdcLabel(), inventory.sdc().sdc().id(),
                    inventory.sdc().connection().name()}))
            .add(Messages.Host_lastChecked, inventory.checkedAt() == null ? Messages.Text_never
                : Formats.dateTime(inventory.checkedAt()));
    }

    private static void addVolume(HostDockerVolume volume, Rows rows) {
        var scaleIo = HostText.scaleIoVolume(volume);
        List<String> containers = volume.containers().stream().map(c -> NLS.bind(Messages.DockerVolume_container,
            new Object[] {c.name(), c.state(), Formats.text(c.image())})).toList();
        rows.add(Messages.Text_name, volume.name())
            .add(Messages.DockerVolume_scaleioVolume, scaleIo.map(v -> v.volume().name()).orElse(null))
            .add(Messages.Text_id, volume.volumeId())
            .add(Messages.Text_size, scaleIo.map(v -> Formats.kib(v.volume().sizeInKb())).orElse(null))
            .add(Messages.Text_storagePool, scaleIo.map(v -> v.poolName()).orElse(null))
            .add(Messages.DockerVolume_filesystem, volume.filesystem())
            .add(Messages.DockerVolume_mounted, volume.mounted() ? Messages.DockerVolume_yes
                : Messages.DockerVolume_no)
            .add(Messages.DockerVolume_containers, containers.isEmpty() ? null : String.join(", ", containers));
    }

    private void inventoryChanged(HostInventory inventory) {
        if (display == null || display.isDisposed() || !queued.compareAndSet(false, true)) {
            return;
        }
        display.asyncExec(() -> {
            queued.set(false);
            ManagedHost shown = switch (element()) {
                case DockerHostNode node -> node.host();
                case DockerVolumeNode node -> node.host();
                case null, default -> null;
            };
            if (shown != null && isVisible() && !disposed) {
                refresh();
            }
        });
    }
}
