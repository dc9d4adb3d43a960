package io.arrowhead.ui.tests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.jobs.Job;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.hosts.HostDockerVolume;
import io.arrowhead.core.hosts.HostInventory;
import io.arrowhead.core.hosts.HostOperations;
import io.arrowhead.core.hosts.HostState;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.core.hosts.OperationRecord;
import io.arrowhead.core.hosts.SdcMatch;
import io.arrowhead.demo.Demo;
import io.arrowhead.hosts.DockerHost;
import io.arrowhead.hosts.DockerVolume;
import io.arrowhead.hosts.HostProbe;
import io.arrowhead.hosts.HostSession;
import io.arrowhead.hosts.emulator.EmulatedDockerHost;
import io.arrowhead.ui.internal.attach.HostStates;

/**
 * The demo's emulated Docker hosts for the attach, move and detach tests: real inventories probed over SSH in the
 * test's thread (to inject where the console reads host states), what a host really has, and cleanup that detaches
 * every Docker volume a test made (named with the prefix, or tracked), since the demo is shared by all UI tests.
 */
final class DemoDockerHosts {

    static final String PREFIX = "dnd-";

    private final List<String> tracked = new ArrayList<>();

    ManagedHost host(String name) {
        return Demo.cluster().hosts().stream().filter(h -> h.name().equals(name)).findFirst()
            .orElseThrow(() -> new AssertionError("the demo has no host " + name));
    }

    EmulatedDockerHost emulated(String name) {
        return Demo.cluster().emulatedHosts().stream().filter(h -> h.name().equals(name)).findFirst()
            .orElseThrow(() -> new AssertionError("the demo has no emulated host " + name));
    }

    Optional<DockerVolume> dockerVolume(ManagedHost host, String name) throws Exception {
        try (HostSession session = ArrowheadCore.hosts().open(host)) {
            return new DockerHost(session).inspectVolume(name);
        }
    }

    /** What the host has now, as the inventory service would report it, with the given state. */
    HostInventory probe(ManagedHost host, HostState state, String problem) throws Exception {
        try (HostSession session = ArrowheadCore.hosts().open(host)) {
            DockerHost docker = new DockerHost(session);
            HostProbe probe = docker.probe();
            List<HostDockerVolume> ours = new ArrayList<>();
            List<DockerVolume> others = new ArrayList<>();
            for (DockerVolume volume : docker.listVolumes()) {
                if (volume.volumeId() == null) {
                    others.add(volume);
                } else {
                    ours.add(new HostDockerVolume(volume.name(), volume.systemId(), volume.volumeId(),
                        volume.filesystemType(), docker.containersUsing(volume.name())));
                }
            }
            SdcMatch sdc = SdcMatch.find(probe.sdcGuid(), ArrowheadCore.connections().all()).orElse(null);
            return new HostInventory(host, state, problem, probe, sdc, ours, others, Instant.now());
        }
    }

    /** Makes the console see these inventories, and every other host as not checked yet. */
    void use(HostInventory... inventories) {
        List<HostInventory> known = List.of(inventories);
        HostStates.use(host -> known.stream().filter(i -> i.host().equals(host)).findFirst()
            .orElse(HostInventory.unknown(host)));
    }

    /** A Docker volume a test made without the prefix, to detach afterwards too. */
    void track(String dockerVolumeName) {
        tracked.add(dockerVolumeName);
    }

    OperationRecord lastOperation() {
        List<OperationRecord> entries = ArrowheadCore.hosts().operationsLog().entries();
        return entries.isEmpty() ? null : entries.getLast();
    }

    /** Forgets injected states, removes test containers and detaches every Docker volume the tests made. */
    void restore() throws Exception {
        HostStates.reset();
        GatewayConnection demo = Demo.cluster().connection();
        for (ManagedHost host : Demo.cluster().hosts()) {
            EmulatedDockerHost emulated = emulated(host.name());
            for (HostDockerVolume volume : probe(host, HostState.UNKNOWN, null).scaleIoVolumes()) {
                if (!volume.name().startsWith(PREFIX) && !tracked.contains(volume.name())) {
                    continue;
                }
                for (var user : volume.containers()) {
                    emulated.stopContainer(user.name());
                    emulated.removeContainer(user.name());
                }
                Job detach = HostOperations.detach(demo, host, volume.name());
                detach.schedule();
                detach.join();
            }
        }
    }
}
