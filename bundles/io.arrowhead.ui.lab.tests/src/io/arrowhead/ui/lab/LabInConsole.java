package io.arrowhead.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonNavigator;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.ClusterOperations;
import io.arrowhead.core.ConnectionSettings;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.hosts.HostInventory;
import io.arrowhead.core.hosts.HostState;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.core.hosts.OperationRecord;
import io.arrowhead.core.lab.Lab;
import io.arrowhead.core.lab.LabHost;
import io.arrowhead.hosts.HostAuthentication;
import io.arrowhead.hosts.HostDefinition;
import io.arrowhead.hosts.HostKeyDecision;
import io.arrowhead.scaleio.client.VolumeRequest;
import io.arrowhead.scaleio.client.model.VolumeType;
import io.arrowhead.ui.ArrowheadViews;
import io.arrowhead.ui.internal.attach.DockerHostActions;
import io.arrowhead.ui.internal.hosts.UiHostKeyCallback;
import io.arrowhead.ui.model.DockerHostNode;
import io.arrowhead.ui.model.DockerVolumeNode;
import io.arrowhead.ui.model.VolumeNode;
import io.arrowhead.ui.testing.UiDriver;

/**
 * The running console with the lab in it: the lab's gateway (its certificate pinned), and both lab hosts with the
 * lab's key, whose host keys are accepted only when they are the ones the lab generated. The user's gestures go
 * through the real tree, drop assistant and dialogs; closing removes what was added and restores the key dialog.
 */
final class LabInConsole implements AutoCloseable {

    private static final Duration LAB_TIMEOUT = Duration.ofSeconds(180);

    final UiDriver ui;
    final Lab lab;
    final GatewayConnection gateway;
    final List<ManagedHost> hosts = new ArrayList<>();
    private final LabDrops drops;

    LabInConsole(UiDriver ui, Lab lab) throws InterruptedException {
        this.ui = ui.withTimeout(LAB_TIMEOUT);
        this.lab = lab;
        ArrowheadCore.hosts().setHostKeyCallback((host, keyType, fingerprint) -> lab.hosts().stream()
            .anyMatch(h -> h.address().equals(host.address()) && h.hostKeyFingerprint().equals(fingerprint))
                ? HostKeyDecision.ACCEPT_ONCE : HostKeyDecision.REJECT);
        gateway = ArrowheadCore.connections().addTransient(ConnectionSettings.create("Lab",
            lab.simulator().endpoint().toString(), Lab.USER), lab.password(), lab.simulator().certificateFingerprint());
        ArrowheadCore.connections().connect(gateway).join();
        assertTrue(gateway.isConnected(), "the lab gateway connects: " + gateway.lastError());
        for (LabHost host : lab.hosts()) {
            hosts.add(ArrowheadCore.hosts().addTransient(host.name(), new HostDefinition(host.address(), host.port(),
                host.user(), new HostAuthentication.KeyFile(lab.privateKey()), false), null, null));
        }
        for (ManagedHost host : hosts) {
            ArrowheadCore.hostInventories().refresh(host);
            try {
                this.ui.waitUntil(host.name() + " connected with its SDC on the lab gateway", () -> {
                    HostInventory inventory = ArrowheadCore.hostInventories().current(host);
                    return inventory.state() == HostState.CONNECTED && inventory.sdc() != null;
                });
            } catch (AssertionError e) {
                HostInventory last = ArrowheadCore.hostInventories().current(host);
                throw new AssertionError(e.getMessage() + "; last known: " + last.state() + " " + last.problem(), e);
            }
        }
        drops = new LabDrops(this.ui, navigator());
    }

    ManagedHost host(int index) {
        return hosts.get(index - 1);
    }

    CommonNavigator navigator() {
        return ui.onUi(() -> {
            try {
                return (CommonNavigator) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                    .showView(ArrowheadViews.NAVIGATOR);
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        });
    }

    Tree tree() {
        return ui.onUi(() -> navigator().getCommonViewer().getTree());
    }

    /** A new 16 GiB thin volume on the lab gateway, created as the console's New Volume does. */
    String createVolume(String name) throws InterruptedException {
        var model = gateway.model();
        String pool = model.pools(model.protectionDomains().getFirst().id()).getFirst().id();
        var job = ClusterOperations.createVolume(gateway, VolumeRequest.ofGib(pool, name, 16,
            VolumeType.THIN_PROVISIONED));
        job.schedule();
        job.join();
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
        return job.createdVolumeId();
    }

    /** The host's item in the Docker Hosts tree, expanded, so that its Docker volumes show as they come. */
    TreeItem hostItem(int index) {
        return ui.trees().expand(tree(), "Docker Hosts", host(index).name() + "  ");
    }

    /** Drops the volume on the host, names the Docker volume in the Attach dialog and presses Attach. */
    Attached attachByDrop(String volumeId, int index, String dockerName) {
        hostItem(index);
        IStatus dropped = drops.drop(new VolumeNode(gateway, volumeId), new DockerHostNode(host(index)));
        assertTrue(dropped.isOK(), dropped.getMessage());
        Shell attach = ui.shell("Attach to Docker Host");
        ui.input().replaceText(ui.find(attach).withId(Text.class, "attach.name"), dockerName);
        long pressed = System.nanoTime();
        ui.dialogs().close(attach, "Attach");
        awaitChild(index, dockerName);
        Duration shown = Duration.ofNanos(System.nanoTime() - pressed);
        OperationRecord record = lastRecord(OperationRecord.Kind.ATTACH);
        // The tree shows the attach from its own record; the host's check over SSH follows. Containers the test
        // runs next must come after that check, or it would list them as still running until the next one.
        ui.waitUntil("the check of " + host(index).name() + " after the attach", () -> {
            var checked = ArrowheadCore.hostInventories().current(host(index)).checkedAt();
            return checked != null && record.end() != null && checked.isAfter(record.end());
        });
        return new Attached(shown, record);
    }

    /** Drops the Docker volume on the other host, confirms the move, and returns how long until it shows there. */
    Attached moveByDrop(String dockerName, int from, int to) {
        hostItem(to);
        IStatus dropped = drops.drop(new DockerVolumeNode(host(from), dockerName), new DockerHostNode(host(to)));
        assertTrue(dropped.isOK(), dropped.getMessage());
        Shell confirm = ui.shell("Move to Docker Host");
        long pressed = System.nanoTime();
        ui.dialogs().close(confirm, "Move");
        awaitChild(to, dockerName);
        Duration shown = Duration.ofNanos(System.nanoTime() - pressed);
        ui.trees().awaitAbsent(tree(), hostItem(from), dockerName + "  ");
        return new Attached(shown, lastRecord(OperationRecord.Kind.MOVE));
    }

    /** Refreshes the host with F5 on its selected item, as a user does, and waits for the new check. */
    void refreshByF5(int index) {
        TreeItem item = hostItem(index);
        var before = ArrowheadCore.hostInventories().current(host(index)).checkedAt();
        ui.onUi(() -> item.getParent().showItem(item));
        ui.input().click(item);
        ui.trigger("F5", () -> {
            try {
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class)
                    .executeCommand("org.eclipse.ui.file.refresh", null);
            } catch (Exception e) {
                throw new AssertionError("F5 did not run: " + e, e);
            }
        });
        ui.waitUntil("F5 to check " + host(index).name() + " again", () -> ArrowheadCore.hostInventories()
            .current(host(index)).checkedAt().isAfter(before));
    }

    /** Detaches with the command on the Docker volume, deleting the ScaleIO volume too, and waits for the end. */
    OperationRecord detachAndDelete(int index, String dockerName) {
        TreeItem hostItem = hostItem(index);
        int before = ArrowheadCore.hosts().operationsLog().entries().size();
        Shell window = ui.onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
        ui.trigger("Detach", () -> DockerHostActions.detach(window, new DockerVolumeNode(host(index), dockerName)));
        Shell detach = ui.shell("Detach from Docker Host");
        ui.input().click(ui.find(detach).withId(Button.class, "detach.deleteVolume"));
        ui.dialogs().close(detach, "Detach");
        ui.waitUntil("the detach to end", () -> ArrowheadCore.hosts().operationsLog().entries().stream()
            .skip(before).anyMatch(r -> r.kind() == OperationRecord.Kind.DETACH && !r.isRunning()));
        ui.trees().awaitAbsent(tree(), hostItem, dockerName + "  ");
        return lastRecord(OperationRecord.Kind.DETACH);
    }

    /** Runs a throw-away container on a lab host with the Docker volume at /data and returns what it printed. */
    String inContainer(int index, String dockerName, String script) throws IOException {
        return lab.exec(index, "docker", "run", "--rm", "--network", "none", "-v", dockerName + ":/data", "mini:1",
            "sh", "-c", script).strip();
    }

    /**
     * Waits for the Docker volume under its host, expanding the host as a user would once it has children: a host
     * that had none when first expanded shows its new ones collapsed.
     */
    private void awaitChild(int index, String dockerName) {
        DockerHostNode hostNode = new DockerHostNode(host(index));
        ui.waitFor(dockerName + " under its host in the tree", () -> {
            navigator().getCommonViewer().expandToLevel(hostNode, 1);
            TreeItem parent = hostItem(tree(), host(index).name());
            return parent == null ? null : Arrays.stream(parent.getItems())
                .filter(i -> i.getText().startsWith(dockerName + "  ")).findFirst().orElse(null);
        });
    }

    private static TreeItem hostItem(Tree tree, String hostName) {
        return Arrays.stream(tree.getItems()).filter(i -> i.getText().startsWith("Docker Hosts"))
            .flatMap(root -> Arrays.stream(root.getItems())).filter(i -> i.getText().startsWith(hostName + "  "))
            .findFirst().orElse(null);
    }

    private static OperationRecord lastRecord(OperationRecord.Kind kind) {
        return ArrowheadCore.hosts().operationsLog().entries().reversed().stream()
            .filter(r -> r.kind() == kind).findFirst().orElseThrow();
    }

    /** How long from the button that starts the operation to its Docker volume in the tree, and its record. */
    record Attached(Duration shown, OperationRecord record) {
    }

    @Override
    public void close() throws Exception {
        drops.clear();
        Job.getJobManager().join(io.arrowhead.core.GatewayJob.FAMILY, null);
        for (ManagedHost host : hosts) {
            ArrowheadCore.hosts().remove(host);
        }
        ArrowheadCore.connections().remove(gateway);
        UiHostKeyCallback.install(ui.display());
    }
}
