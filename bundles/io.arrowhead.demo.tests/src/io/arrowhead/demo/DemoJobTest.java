package io.arrowhead.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.core.ConnectionEvent;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.GatewayJob;

/** Starting and resetting the demo take their turn with the jobs on the Demo gateway. */
class DemoJobTest {

    private DemoFixture fixture;
    private DemoCluster demo;

    @BeforeEach
    void start() throws Exception {
        fixture = new DemoFixture();
        demo = new DemoCluster(fixture.directory.resolve("demo"));
    }

    @AfterEach
    void stop() throws Exception {
        Job.getJobManager().join(DemoJob.FAMILY, null);
        GatewayConnection current = demo.connection();
        if (current != null) {
            // A reset's fresh Demo gateway is still connecting; stopping its simulator mid-handshake would leave the
            // login waiting for its read timeout.
            Job.getJobManager().join(current, null);
        }
        demo.close(fixture.connections);
        fixture.close();
    }

    @Test
    void theDemosRuleIsItsGatewaysOnceTheGatewayIsThere() throws Exception {
        GatewayConnection connection = openDemo();
        assertTrue(demo.rule().isConflicting(connection.rule()), "demo jobs and gateway jobs exclude each other");
        assertTrue(demo.rule().isConflicting(demo.rule()), "demo jobs exclude each other");
    }

    @Test
    void aResetWaitsForTheGatewayJobThatHoldsTheDemoGateway() throws Exception {
        GatewayConnection connection = openDemo();
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch removed = new CountDownLatch(1);
        fixture.connections.addListener(event -> {
            if (event.connection() == connection && event.kind() == ConnectionEvent.Kind.REMOVED) {
                order.add("demo gateway removed");
                removed.countDown();
            }
        });
        CountDownLatch holding = new CountDownLatch(1);
        GatewayJob holder = GatewayJob.of("Holding the demo gateway", connection, false, (client, progress) -> {
            holding.countDown();
            try {
                // Ample time for a reset that ignored the rule to remove the gateway; one that waits lets it pass.
                removed.await(3, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            order.add("gateway job done");
        });
        holder.schedule();
        assertTrue(holding.await(60, TimeUnit.SECONDS), "the gateway job runs");

        Job reset = DemoJob.schedule(demo, fixture.connections, true);
        reset.join();

        assertEquals(IStatus.OK, reset.getResult().getSeverity(), reset.getResult().getMessage());
        assertEquals(List.of("gateway job done", "demo gateway removed"), order);
        assertNotSame(connection, demo.connection(), "the reset opened a fresh Demo gateway");
    }

    private GatewayConnection openDemo() throws Exception {
        Job open = DemoJob.schedule(demo, fixture.connections, false);
        open.join();
        assertEquals(IStatus.OK, open.getResult().getSeverity(), open.getResult().getMessage());
        GatewayConnection connection = demo.connection();
        Job.getJobManager().join(connection, null);
        assertTrue(connection.isConnected(), connection.lastError());
        return connection;
    }
}
