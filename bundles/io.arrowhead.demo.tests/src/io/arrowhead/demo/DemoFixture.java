package io.arrowhead.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.osgi.service.prefs.Preferences;

import io.arrowhead.core.CertificateTrustCallback;
import io.arrowhead.core.GatewayConnections;
import io.arrowhead.core.GatewayJob;
import io.arrowhead.core.TrustDecision;
import io.arrowhead.core.internal.EquinoxSecretStore;
import io.arrowhead.scaleio.client.UntrustedCertificateException;

/**
 * A console core of its own for a demo: a temporary directory, a secure storage file unlocked by a test password (so
 * no prompt), a fresh preference node, and the {@link GatewayConnections} built on them, asking nobody about
 * certificates but recording that it was asked.
 */
final class DemoFixture implements AutoCloseable {

    final Path directory;
    final Preferences preferences;
    final EquinoxSecretStore secrets;
    final List<String> trustAsked = new CopyOnWriteArrayList<>();
    final GatewayConnections connections;

    DemoFixture() throws IOException {
        directory = Files.createTempDirectory("arrowhead-demo-tests");
        preferences = InstanceScope.INSTANCE.getNode("io.arrowhead.demo.tests." + UUID.randomUUID());
        Map<String, Object> options = new HashMap<>();
        options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test-master-password".toCharArray()));
        options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
        secrets = new EquinoxSecretStore(
            SecurePreferencesFactory.open(directory.resolve("secure_storage").toUri().toURL(), options));
        connections = newConnections();
    }

    /** A second console on the same storage, as after a restart. */
    GatewayConnections newConnections() {
        GatewayConnections created = new GatewayConnections(secrets, preferences);
        created.setTrustCallback(new CertificateTrustCallback() {
            @Override
            public TrustDecision decide(String gatewayUrl, UntrustedCertificateException e) {
                trustAsked.add(e.sha256Fingerprint());
                return TrustDecision.REJECT;
            }

            @Override
            public void pinMismatch(String gatewayUrl, UntrustedCertificateException e) {
                trustAsked.add(e.sha256Fingerprint());
            }
        });
        return created;
    }

    @Override
    public void close() throws Exception {
        connections.dispose();
        Job.getJobManager().cancel(GatewayJob.FAMILY);
        Job.getJobManager().join(GatewayJob.FAMILY, null);
        preferences.removeNode();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
