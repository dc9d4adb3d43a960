package io.arrowhead.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.core.hosts.DockerHosts;
import io.arrowhead.core.hosts.OperationsLog;
import io.arrowhead.hosts.DockerHost;
import io.arrowhead.hosts.HostAuthentication;
import io.arrowhead.hosts.HostDefinition;
import io.arrowhead.hosts.HostSession;
import io.arrowhead.hosts.emulator.EmulatedDockerHost;
import io.arrowhead.scaleio.client.GatewayClient;
import io.arrowhead.scaleio.client.GatewayConfig;
import io.arrowhead.scaleio.client.TlsPolicy;
import io.arrowhead.scaleio.client.VolumeRequest;
import io.arrowhead.scaleio.client.model.VolumeType;

/**
 * A demo started headless, as the command line's demo starts it: the simulator and both emulated hosts run, nothing
 * joins any gateways or hosts, and the passwords it gives log in to them.
 */
class DemoHeadlessTest {

    private DemoFixture fixture;
    private DemoCluster demo;

    @BeforeEach
    void start() throws Exception {
        fixture = new DemoFixture();
        demo = new DemoCluster(fixture.directory.resolve("demo"));
    }

    @AfterEach
    void stop() throws Exception {
        demo.close(null);
        fixture.close();
    }

    @Test
    void runsTheClusterAndTheHostsWithoutAddingThemAnywhere() throws Exception {
        demo.startHeadless(false);
        assertNull(demo.connection());
        assertTrue(demo.hosts().isEmpty(), "no managed hosts: the caller saves them itself");
        assertTrue(fixture.connections.all().isEmpty());
        List<EmulatedDockerHost> emulated = demo.emulatedHosts();
        assertEquals(2, emulated.size());
        try (GatewayClient client = client()) {
            assertEquals(1, client.systems().size());
        }
        try (DockerHosts hosts = new DockerHosts(fixture.secrets, fixture.preferences,
            fixture.directory.resolve("app"), new OperationsLog(fixture.directory.resolve("app")))) {
            HostDefinition definition = new HostDefinition(emulated.get(0).address(), emulated.get(0).port(),
                DemoCluster.HOST_USER, new HostAuthentication.Password(), false);
            hosts.hostKeys().trustForSession(definition, emulated.get(0).hostKey());
            try (HostSession session = hosts.openUnsaved(definition, demo.hostPassword(), null)) {
                assertEquals(emulated.get(0).sdcGuid(), new DockerHost(session).probe().sdcGuid());
            }
        }
        demo.close(null);
        assertNull(demo.simulator());
        assertTrue(demo.emulatedHosts().isEmpty());
    }

    @Test
    void keepsTheClusterBetweenRunsUntilReset() throws Exception {
        demo.startHeadless(false);
        try (GatewayClient client = client()) {
            String pool = client.volumes().getFirst().storagePoolId();
            client.createVolume(VolumeRequest.ofGib(pool, "headless-kept", 8, VolumeType.THIN_PROVISIONED));
        }
        demo.close(null);
        demo.startHeadless(false);
        try (GatewayClient client = client()) {
            assertTrue(client.volumes().stream().anyMatch(v -> v.name().equals("headless-kept")));
        }
        demo.close(null);
        demo.startHeadless(true);
        try (GatewayClient client = client()) {
            assertFalse(client.volumes().stream().anyMatch(v -> v.name().equals("headless-kept")));
        }
    }

    private GatewayClient client() {
        return GatewayClient.create(GatewayConfig.builder(demo.simulator().endpoint().toString())
            .user(DemoCluster.USER).password(demo.password())
            .tls(TlsPolicy.pinned(demo.simulator().certificateFingerprint())).build());
    }
}
