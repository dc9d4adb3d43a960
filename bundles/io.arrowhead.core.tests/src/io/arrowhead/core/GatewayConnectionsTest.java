package io.arrowhead.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.client.CertificateFingerprint;

class GatewayConnectionsTest {

    private CoreFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = new CoreFixture();
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void connectsAfterTheUserTrustsTheCertificateAndLoadsTheWholeCluster() throws Exception {
        GatewayConnection connection = fixture.connected("lab");

        assertEquals(List.of(fixture.simulator.certificateFingerprint()), fixture.trust.asked);
        assertEquals(ConnectionState.CONNECTED, connection.state());
        ClusterModel model = connection.model();
        assertEquals(fixture.observer().volumes().size(), model.allVolumes().size());
        assertEquals(2, model.protectionDomains().size());
        assertTrue(fixture.events.stream().anyMatch(e -> e.kind() == ConnectionEvent.Kind.MODEL_CHANGED));
    }

    @Test
    void sessionTrustIsNotAskedAgainButIsNotKeptForTheNextRun() throws Exception {
        GatewayConnection connection = fixture.connected("lab");
        CoreFixture.join(fixture.connections.connect(connection));
        assertEquals(1, fixture.trust.asked.size());
        assertTrue(fixture.secrets.pinnedFingerprint(connection.settings().endpoint()).isEmpty());

        GatewayConnections restarted = fixture.newConnections();
        fixture.trust.answer = TrustDecision.REJECT;
        GatewayConnection again = restarted.find(connection.id()).orElseThrow();
        Job job = restarted.connect(again);
        job.join();
        assertEquals(ConnectionState.FAILED, again.state());
        assertEquals(2, fixture.trust.asked.size());
        restarted.dispose();
    }

    @Test
    void permanentTrustPinsTheFingerprintInSecureStorage() throws Exception {
        fixture.trust.answer = TrustDecision.PERMANENT;
        GatewayConnection connection = fixture.addSimulator("lab");
        CoreFixture.join(fixture.connections.connect(connection));
        assertTrue(connection.isConnected());
        assertEquals(CertificateFingerprint.normalize(fixture.simulator.certificateFingerprint()),
            CertificateFingerprint.normalize(fixture.secrets.pinnedFingerprint(connection.settings().endpoint())
                .orElseThrow()));

        GatewayConnections restarted = fixture.newConnections();
        GatewayConnection again = restarted.find(connection.id()).orElseThrow();
        restarted.connect(again).join();
        assertTrue(again.isConnected(), again.lastError());
        assertEquals(1, fixture.trust.asked.size(), "a pinned certificate is not asked about again");
        restarted.dispose();
    }

    @Test
    void rejectingTheCertificateLeavesTheGatewayFailedWithoutAModel() throws Exception {
        GatewayConnection connection = fixture.addSimulator("lab");
        Job job = fixture.connections.connect(connection);
        job.join();
        assertEquals(ConnectionState.FAILED, connection.state());
        assertNull(connection.model());
        assertTrue(connection.lastError().contains("certificate"), connection.lastError());
        assertEquals(IStatus.ERROR, job.getResult().getSeverity());
    }

    @Test
    void aCertificateThatNoLongerMatchesItsPinIsRefusedWithoutAsking() throws Exception {
        GatewayConnection connection = fixture.addSimulator("lab");
        String otherPin = String.join(":", java.util.Collections.nCopies(32, "AB"));
        fixture.secrets.pinFingerprint(connection.settings().endpoint(), otherPin);
        fixture.trust.answer = TrustDecision.PERMANENT;

        fixture.connections.connect(connection).join();

        assertEquals(ConnectionState.FAILED, connection.state());
        assertTrue(fixture.trust.asked.isEmpty(), "the user is not offered to trust a changed certificate");
        assertEquals(1, fixture.trust.mismatches.size());
        assertTrue(connection.lastError().toLowerCase().contains("fingerprint")
            || connection.lastError().toLowerCase().contains("pin"), connection.lastError());
    }

    @Test
    void aWrongPasswordFailsWithTheGatewaysAnswer() throws Exception {
        fixture.trust.answer = TrustDecision.SESSION;
        GatewayConnection connection = fixture.connections.add(
            ConnectionSettings.create("lab", fixture.simulator.endpoint().toString(), CoreFixture.USER),
            "wrong".toCharArray());
        fixture.connections.connect(connection).join();
        assertEquals(ConnectionState.FAILED, connection.state());
        assertTrue(connection.lastError().contains("user name or password"), connection.lastError());
    }

    @Test
    void aStoppedGatewayFailsTheRefreshKeepsTheModelAndRecoversWhenItIsBack() throws Exception {
        GatewayConnection connection = fixture.connected("lab");
        ClusterModel before = connection.model();
        int port = fixture.simulator.endpoint().getPort();
        fixture.simulator.close();

        fixture.connections.refresh(connection).join();
        assertEquals(ConnectionState.FAILED, connection.state());
        assertNotNull(connection.lastError());
        assertEquals(before, connection.model(), "the last model stays visible while the gateway is away");

        fixture.simulator = fixture.startSimulator(port);
        fixture.connections.refresh(connection).join();
        assertEquals(ConnectionState.CONNECTED, connection.state(), connection.lastError());
        assertNull(connection.lastError());
    }

    @Test
    void settingsAreSavedWithoutThePasswordWhichGoesToSecureStorage() throws Exception {
        GatewayConnection connection = fixture.addSimulator("lab");
        fixture.preferences.flush();
        String saved = dump(fixture.preferences);
        assertTrue(saved.contains(fixture.simulator.endpoint().toString()), saved);
        assertFalse(saved.contains(new String(CoreFixture.PASSWORD)), "no password in preferences");
        assertTrue(Arrays.equals(CoreFixture.PASSWORD, fixture.secrets.password(connection.id()).orElseThrow()));

        GatewayConnections restarted = fixture.newConnections();
        assertEquals(List.of(connection.settings()), restarted.all().stream().map(GatewayConnection::settings).toList());
        restarted.dispose();
    }

    @Test
    void removingAGatewayForgetsItsPassword() throws Exception {
        GatewayConnection connection = fixture.connected("lab");
        fixture.connections.remove(connection);
        assertTrue(fixture.connections.all().isEmpty());
        assertTrue(fixture.secrets.password(connection.id()).isEmpty());
        assertTrue(fixture.newConnections().all().isEmpty());
    }

    @Test
    void twoGatewaysCannotShareAName() throws Exception {
        fixture.addSimulator("lab");
        assertThrows(IllegalArgumentException.class, () -> fixture.addSimulator("LAB"));
        assertEquals(1, fixture.connections.all().size());
    }

    @Test
    void disconnectDropsTheModel() throws Exception {
        GatewayConnection connection = fixture.connected("lab");
        fixture.connections.disconnect(connection).join();
        assertEquals(ConnectionState.DISCONNECTED, connection.state());
        assertNull(connection.model());
    }

    @Test
    void probeReadsTheSystemOfAGatewayThatIsNotSaved() throws Exception {
        fixture.trust.answer = TrustDecision.SESSION;
        var system = fixture.connections.probe(fixture.simulator.endpoint().toString(), CoreFixture.USER,
            CoreFixture.PASSWORD, null);
        assertEquals(fixture.simulator.systemId(), system.id());
        assertTrue(fixture.connections.all().isEmpty());
    }

    private static String dump(org.osgi.service.prefs.Preferences node) throws Exception {
        StringBuilder text = new StringBuilder();
        for (String key : node.keys()) {
            text.append(key).append('=').append(node.get(key, "")).append('\n');
        }
        for (String child : node.childrenNames()) {
            text.append(dump(node.node(child)));
        }
        return text.toString();
    }
}
