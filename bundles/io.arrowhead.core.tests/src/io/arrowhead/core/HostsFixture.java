package io.arrowhead.core;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;

import io.arrowhead.core.hosts.DockerHosts;
import io.arrowhead.core.hosts.HostOperationJob;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.core.hosts.OperationsLog;
import io.arrowhead.hosts.DockerHost;
import io.arrowhead.hosts.DockerVolume;
import io.arrowhead.hosts.HostAuthentication;
import io.arrowhead.hosts.HostDefinition;
import io.arrowhead.hosts.HostSession;
import io.arrowhead.hosts.emulator.EmulatedDockerHost;
import io.arrowhead.hosts.emulator.EmulatedHostSettings;
import io.arrowhead.hosts.emulator.EmulatedSan;
import io.arrowhead.hosts.emulator.SanBackend;
import io.arrowhead.hosts.emulator.SimulatorAdminBackend;
import io.arrowhead.scaleio.client.GatewayClient;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.model.Volume;

/**
 * The {@link CoreFixture} plus two emulated Docker hosts whose SDCs joined the simulated cluster, saved as hosts of
 * a {@link DockerHosts} (password in the test's secure storage, host keys trusted for the session), and an
 * {@link OperationsLog} in the test directory. Assertions read the real state: the simulator through the observer
 * client, the hosts through SSH sessions of their own, the disks through the shared {@link EmulatedSan}.
 */
final class HostsFixture implements AutoCloseable {

    static final char[] HOST_PASSWORD = "host-test-secret".toCharArray();
    static final String HOST_USER = "tester";

    final CoreFixture core;
    final EmulatedSan san = new EmulatedSan();
    final SanBackend backend;
    final EmulatedDockerHost emulatedA;
    final EmulatedDockerHost emulatedB;
    final GatewayConnection connection;
    final GatewayClient observer;
    final Path appDirectory;
    final OperationsLog log;
    final DockerHosts hosts;
    final ManagedHost a;
    final ManagedHost b;

    HostsFixture() throws Exception {
        core = new CoreFixture();
        backend = new SimulatorAdminBackend(core.simulator.endpoint(), CoreFixture.USER,
            CoreFixture.PASSWORD, core.simulator.certificate());
        emulatedA = startHost("docker-a", backend);
        emulatedB = startHost("docker-b", backend);
        connection = core.connected("lab");
        observer = core.observer();
        appDirectory = core.directory.resolve("app");
        log = new OperationsLog(appDirectory);
        hosts = new DockerHosts(core.secrets, core.preferences, appDirectory, log);
        a = add(emulatedA);
        b = add(emulatedB);
    }

    private EmulatedDockerHost startHost(String name, SanBackend backend) throws Exception {
        return EmulatedDockerHost.start(new EmulatedHostSettings(name, HOST_USER, null, HOST_PASSWORD,
            core.directory.resolve(name + ".hostkey"), 0), backend, san);
    }

    private ManagedHost add(EmulatedDockerHost emulated) throws SecretStoreException {
        HostDefinition definition = new HostDefinition(emulated.address(), emulated.port(), HOST_USER,
            new HostAuthentication.Password(), false);
        ManagedHost host = hosts.add(emulated.name(), definition, HOST_PASSWORD);
        hosts.hostKeys().trustForSession(definition, emulated.hostKey());
        return host;
    }

    /** The n-th unmapped volume (not a snapshot) of the simulated cluster, by name. */
    Volume unmappedVolume(int n) throws Exception {
        return observer.volumes().stream().filter(v -> !v.isMapped() && !v.isSnapshot())
            .sorted(Comparator.comparing(Volume::name)).skip(n).findFirst().orElseThrow();
    }

    boolean mapped(String volumeId, EmulatedDockerHost host) throws Exception {
        return observer.get(ObjectType.VOLUME, volumeId).mappingOf(host.sdcId()).isPresent();
    }

    boolean mappedAnywhere(String volumeId) throws Exception {
        return observer.get(ObjectType.VOLUME, volumeId).isMapped();
    }

    /** The Docker volume as the host reports it over a session of the test's own. */
    Optional<DockerVolume> dockerVolume(ManagedHost host, String name) throws Exception {
        try (HostSession session = hosts.open(host)) {
            return new DockerHost(session).inspectVolume(name);
        }
    }

    static IStatus run(HostOperationJob job) throws InterruptedException {
        job.schedule();
        job.join();
        return job.getResult();
    }

    @Override
    public void close() throws Exception {
        Job.getJobManager().cancel(GatewayJob.FAMILY);
        Job.getJobManager().join(GatewayJob.FAMILY, null);
        hosts.close();
        emulatedA.close();
        emulatedB.close();
        backend.close();
        core.close();
    }
}
