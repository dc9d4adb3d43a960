package io.arrowhead.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.simulator.GatewaySimulator;

/**
 * Closing the console with gateways that hang: it logs out of all of them at once, gives up on the ones that do not
 * answer within the deadline, and cancels the loads in flight. The bound asserted is generous: it only proves that
 * nothing waits out the 60 s read timeout.
 */
class GatewayShutdownTest {

    private static final Duration DOES_NOT_HANG = Duration.ofSeconds(5);
    private static final Pattern HANGING = Pattern.compile("hanging requests: (\\d+)");

    private CoreFixture fixture;
    private GatewaySimulator hung;

    @BeforeEach
    void start() throws Exception {
        fixture = new CoreFixture();
    }

    @AfterEach
    void stop() throws Exception {
        ConsolePreferences.node().remove(ConsolePreferences.REFRESH_INTERVAL_SECONDS);
        if (hung != null) {
            hung.close();
        }
        fixture.close();
    }

    @Test
    void logsOutOfEveryGatewayAndDoesNotWaitForOneWhoseLogoutHangs() throws Exception {
        GatewayConnection healthy = fixture.connected("healthy");
        hung = fixture.startSimulator(0, "hung");
        GatewayConnection hanging = fixture.connected("hanging", hung);
        hung.faults().hangNext("GET /api/logout", 1);
        watchForLogout(fixture.simulator);

        assertDisposesInTime();

        assertEquals(1, hangingRequests(hung), "the hung gateway was asked to log out");
        assertLogoutSeen(fixture.simulator);
        assertNull(healthy.client());
        assertNull(hanging.client());
    }

    @Test
    void cancelsAConnectedGatewaysLoadThatHangsAndStillLogsOut() throws Exception {
        GatewayConnection connection = fixture.connected("lab");
        fixture.simulator.faults().hangNext("GET /api/types/Volume/instances", 1);
        Job refresh = fixture.connections.refresh(connection);
        awaitHanging(fixture.simulator);
        watchForLogout(fixture.simulator);

        assertDisposesInTime();

        assertTrue(refresh.join(DOES_NOT_HANG.toMillis(), null), "the load was cancelled");
        assertEquals(IStatus.CANCEL, refresh.getResult().getSeverity());
        assertLogoutSeen(fixture.simulator);
    }

    @Test
    void cancelsABackgroundRefreshThatHangsAndSchedulesNoOther() throws Exception {
        ConsolePreferences.node().putInt(ConsolePreferences.REFRESH_INTERVAL_SECONDS,
            ConsolePreferences.MIN_REFRESH_INTERVAL_SECONDS);
        GatewayConnection connection = fixture.connected("polled");
        fixture.simulator.faults().hangNext("GET /api/types/Volume/instances", 1);
        awaitHanging(fixture.simulator);
        watchForLogout(fixture.simulator);
        List<Job> polling = backgroundRefreshesOf(connection);
        assertEquals(1, polling.size(), "the refresh that hangs");

        assertDisposesInTime();

        assertTrue(polling.getFirst().join(DOES_NOT_HANG.toMillis(), null), "the refresh was cancelled");
        assertEquals(List.of(), backgroundRefreshesOf(connection), "no further refresh");
        assertLogoutSeen(fixture.simulator);
    }

    /** Other tests' gateways may poll in the same family, so the connection's own are told by their name. */
    private static List<Job> backgroundRefreshesOf(GatewayConnection connection) {
        return Arrays.stream(Job.getJobManager().find(ClusterLoadJob.AUTO_REFRESH_FAMILY))
            .filter(job -> job.getName().equals("Refreshing " + connection.name())).toList();
    }

    private void assertDisposesInTime() {
        long started = System.nanoTime();
        fixture.connections.dispose();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(DOES_NOT_HANG) < 0, "closing took " + took);
    }

    /**
     * Makes the simulator answer the next logout with "token expired", which the client takes as logged out, so
     * that the fault being used up shows that the logout reached the gateway.
     */
    private static void watchForLogout(GatewaySimulator gateway) {
        gateway.faults().failNext("GET /api/logout", 1, 401, 0, "logout seen");
    }

    private static void assertLogoutSeen(GatewaySimulator gateway) {
        assertTrue(gateway.faults().describe().startsWith("no faults"), gateway.faults().describe());
    }

    private static void awaitHanging(GatewaySimulator gateway) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (hangingRequests(gateway) == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no request hangs: " + gateway.faults().describe());
            }
            Thread.sleep(50);
        }
    }

    private static int hangingRequests(GatewaySimulator gateway) {
        Matcher matcher = HANGING.matcher(gateway.faults().describe());
        if (!matcher.find()) {
            throw new AssertionError("unexpected fault description: " + gateway.faults().describe());
        }
        return Integer.parseInt(matcher.group(1));
    }
}
