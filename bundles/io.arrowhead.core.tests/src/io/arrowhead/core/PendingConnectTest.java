package io.arrowhead.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.eclipse.core.runtime.jobs.IJobManager;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Disconnect cancels a connect that has not run yet, such as one of the reconnects at start, instead of letting it
 * log in first; and the gateways saved by an earlier run are known as restored.
 */
class PendingConnectTest {

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
    void disconnectCancelsAConnectThatWaitsForItsTurn() throws Exception {
        fixture.trust.answer = TrustDecision.SESSION;
        GatewayConnection gateway = fixture.addSimulator("lab");
        IJobManager jobs = Job.getJobManager();
        Job connect;
        Job disconnect;
        // While the test holds the gateway's rule, the connect job is scheduled but cannot start.
        GatewayRule rule = gateway.rule();
        jobs.beginRule(rule, null);
        try {
            connect = fixture.connections.connect(gateway);
            disconnect = fixture.connections.disconnect(gateway);
        } finally {
            jobs.endRule(rule);
        }
        connect.join();
        disconnect.join();

        assertEquals(ConnectionState.DISCONNECTED, gateway.state());
        assertNull(gateway.client(), "never logged in");
        assertEquals(0, fixture.events.stream().filter(e -> e.connection() == gateway)
            .filter(e -> e.kind() == ConnectionEvent.Kind.STATE_CHANGED).count(), "its state never changed");
    }

    @Test
    void theGatewaysOfAnEarlierRunAreRestoredAndNewOnesAreNot() throws Exception {
        GatewayConnection earlier = fixture.addSimulator("earlier");
        GatewayConnections restarted = fixture.newConnections();
        GatewayConnection later = restarted.add(ConnectionSettings.create("later",
            fixture.simulator.endpoint().toString(), CoreFixture.USER), CoreFixture.PASSWORD);

        assertEquals(List.of(earlier.id()), restarted.restored().stream().map(GatewayConnection::id).toList());
        assertEquals(List.of(earlier.id(), later.id()), restarted.all().stream().map(GatewayConnection::id).toList());
    }
}
