package io.arrowhead.core.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.osgi.service.prefs.Preferences;

import io.arrowhead.core.CertificateTrustCallback;
import io.arrowhead.core.ConnectionSettings;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.GatewayConnections;
import io.arrowhead.core.GatewayJob;
import io.arrowhead.core.TrustDecision;
import io.arrowhead.core.hosts.DockerHosts;
import io.arrowhead.core.hosts.HostOperationJob;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.core.hosts.OperationsLog;
import io.arrowhead.core.internal.EquinoxSecretStore;
import io.arrowhead.hosts.DockerHost;
import io.arrowhead.hosts.DockerVolume;
import io.arrowhead.hosts.HostAuthentication;
import io.arrowhead.hosts.HostDefinition;
import io.arrowhead.hosts.HostKeyDecision;
import io.arrowhead.hosts.HostSession;
import io.arrowhead.scaleio.client.GatewayClient;
import io.arrowhead.scaleio.client.GatewayConfig;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.TlsPolicy;
import io.arrowhead.scaleio.client.UntrustedCertificateException;
import io.arrowhead.scaleio.client.model.Volume;

/**
 * The console's core as a test builds it on the lab: the lab's gateway connected, both lab hosts saved with the lab's
 * key, and their host keys accepted only when they match what the lab generated. Assertions read the real state: the
 * gateway through a client of its own, the hosts through the lab script.
 */
final class LabConsole implements AutoCloseable {

    final Lab lab;
    final Path directory;
    final Preferences preferences;
    final GatewayConnections connections;
    final GatewayConnection connection;
    final GatewayClient observer;
    final OperationsLog log;
    final DockerHosts hosts;
    final List<ManagedHost> managed = new ArrayList<>();
    final List<String> hostKeysAsked = new CopyOnWriteArrayList<>();

    LabConsole(Lab lab) throws Exception {
        this.lab = lab;
        directory = Files.createTempDirectory("arrowhead-lab-console");
        preferences = InstanceScope.INSTANCE.getNode("io.arrowhead.core.lab.tests." + UUID.randomUUID());
        Map<String, Object> options = new HashMap<>();
        options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("lab-master-password".toCharArray()));
        options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
        var secrets = new EquinoxSecretStore(
            SecurePreferencesFactory.open(directory.resolve("secure_storage").toUri().toURL(), options));
        connections = new GatewayConnections(secrets, preferences);
        connections.setTrustCallback(new SessionTrust(lab.simulator().certificateFingerprint()));
        connection = connections.add(ConnectionSettings.create("Lab", lab.simulator().endpoint().toString(), Lab.USER),
            lab.password());
        connections.connect(connection).join();
        if (!connection.isConnected()) {
            throw new AssertionError("The lab gateway did not connect: " + connection.lastError());
        }
        observer = GatewayClient.create(GatewayConfig.builder(lab.simulator().endpoint().toString()).user(Lab.USER)
            .password(lab.password()).tls(TlsPolicy.pinned(lab.simulator().certificateFingerprint())).build());
        log = new OperationsLog(directory.resolve("app"));
        hosts = new DockerHosts(secrets, preferences, directory.resolve("app"), log);
        hosts.setHostKeyCallback((host, keyType, fingerprint) -> {
            hostKeysAsked.add(host.address() + " " + fingerprint);
            boolean generatedByTheLab = lab.hosts().stream()
                .anyMatch(h -> h.address().equals(host.address()) && h.hostKeyFingerprint().equals(fingerprint));
            return generatedByTheLab ? HostKeyDecision.ACCEPT_ONCE : HostKeyDecision.REJECT;
        });
        for (LabHost host : lab.hosts()) {
            managed.add(hosts.add(host.name(), new HostDefinition(host.address(), host.port(), host.user(),
                new HostAuthentication.KeyFile(lab.privateKey()), false), null));
        }
    }

    ManagedHost host(int index) {
        return managed.get(index - 1);
    }

    /** The n-th volume of the demo cluster, by name, that is neither mapped nor a snapshot. */
    Volume unmappedVolume(int n) throws Exception {
        return observer.volumes().stream().filter(v -> !v.isMapped() && !v.isSnapshot())
            .sorted(Comparator.comparing(Volume::name)).skip(n).findFirst().orElseThrow();
    }

    /** The SDC ids the volume is mapped to, as the gateway says. */
    List<String> mappedSdcIds(String volumeId) throws Exception {
        return observer.get(ObjectType.VOLUME, volumeId).mappedSdcInfo().stream().map(m -> m.sdcId()).toList();
    }

    String sdcIdOf(int index) throws Exception {
        String guid = lab.host(index).sdcGuid();
        return observer.sdcs().stream().filter(s -> guid.equalsIgnoreCase(s.sdcGuid())).findFirst().orElseThrow().id();
    }

    Optional<DockerVolume> dockerVolume(int index, String name) throws Exception {
        try (HostSession session = hosts.open(host(index))) {
            return new DockerHost(session).inspectVolume(name);
        }
    }

    /** Runs a throw-away container on a lab host with the Docker volume at /data and returns what it printed. */
    String inContainer(int index, String dockerVolume, String script) throws IOException {
        return lab.exec(index, "docker", "run", "--rm", "--network", "none", "-v", dockerVolume + ":/data", "mini:1",
            "sh", "-c", script).strip();
    }

    /** The names under /dev/disk/by-id on a lab host. */
    String deviceLinks(int index) throws IOException {
        return lab.exec(index, "ls", "-1", "/dev/disk/by-id");
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
        connections.dispose();
        observer.close();
        preferences.removeNode();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Trusts the lab gateway's certificate for the session, and nothing else. */
    private record SessionTrust(String fingerprint) implements CertificateTrustCallback {

        @Override
        public TrustDecision decide(String gatewayUrl, UntrustedCertificateException certificate) {
            return fingerprint.equals(certificate.sha256Fingerprint()) ? TrustDecision.SESSION : TrustDecision.REJECT;
        }

        @Override
        public void pinMismatch(String gatewayUrl, UntrustedCertificateException certificate) {
        }
    }
}
