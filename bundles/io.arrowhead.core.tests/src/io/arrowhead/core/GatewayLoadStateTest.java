package io.arrowhead.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a gateway shows while its cluster loads and after a load fails: loading while the job runs, FAILED with the
 * reason afterwards, one Error Log entry, and no error status for the workbench to raise a dialog about.
 */
class GatewayLoadStateTest {

    /** Proves only that a hung gateway does not hang the connect; the timeout itself is 1 s. */
    private static final Duration DOES_NOT_HANG = Duration.ofSeconds(30);

    private final List<IStatus> logged = new CopyOnWriteArrayList<>();
    private final ILogListener logListener = (status, plugin) -> logged.add(status);
    private CoreFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = new CoreFixture();
        Platform.addLogListener(logListener);
    }

    @AfterEach
    void stop() throws Exception {
        Platform.removeLogListener(logListener);
        ConsolePreferences.node().remove(ConsolePreferences.REQUEST_TIMEOUT_SECONDS);
        ConsolePreferences.node().flush();
        fixture.close();
    }

    @Test
    void aRefreshIsLoadingWhileItRunsAndSaysSoWhenItStartsAndEnds() throws Exception {
        GatewayConnection connection = fixture.connected("lab");
        List<Boolean> loadingAtStateChanges = new CopyOnWriteArrayList<>();
        fixture.connections.addListener(event -> {
            if (event.connection() == connection && event.kind() == ConnectionEvent.Kind.STATE_CHANGED) {
                loadingAtStateChanges.add(connection.isLoading());
            }
        });

        fixture.connections.refresh(connection).join();

        assertEquals(List.of(true, false), loadingAtStateChanges);
        assertEquals(ConnectionState.CONNECTED, connection.state());
    }

    @Test
    void aFailedRefreshShowsOnTheGatewayAndInTheErrorLogButEndsWithoutAnErrorStatus() throws Exception {
        GatewayConnection connection = fixture.connected("lab");
        ClusterModel loaded = connection.model();
        fixture.simulator.close();
        fixture.simulator = null;

        Job refresh = fixture.connections.refresh(connection);
        refresh.join();
        fixture.connections.refresh(connection).join();

        assertEquals(IStatus.OK, refresh.getResult().getSeverity(), "no error status, so no dialog");
        assertEquals(ConnectionState.FAILED, connection.state());
        assertFalse(connection.isLoading());
        assertSame(loaded, connection.model(), "the last model stays");
        List<IStatus> entries = logged.stream().filter(s -> s.getMessage().startsWith("lab: ")).toList();
        assertEquals(1, entries.size(), "logged once, not on every failed refresh: " + entries);
        assertEquals(IStatus.ERROR, entries.getFirst().getSeverity());
        assertTrue(entries.getFirst().getMessage().contains(connection.lastError()), entries.toString());
    }

    @Test
    void aHungGatewayFailsTheConnectWithinTheRequestTimeoutAndSaysHowLongItWaited() throws Exception {
        ConsolePreferences.node().putInt(ConsolePreferences.REQUEST_TIMEOUT_SECONDS, 1);
        // bound but never accepting: connections complete through the backlog and nothing ever answers
        try (ServerSocket hung = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            GatewayConnection connection = fixture.connections.add(ConnectionSettings.create("hung",
                "https://127.0.0.1:" + hung.getLocalPort(), CoreFixture.USER), CoreFixture.PASSWORD);

            Job connect = fixture.connections.connect(connection);
            assertTimeoutPreemptively(DOES_NOT_HANG, () -> connect.join());

            assertEquals(ConnectionState.FAILED, connection.state());
            assertTrue(connection.lastError().contains("did not answer within 1 second"), connection.lastError());
            assertEquals(IStatus.ERROR, connect.getResult().getSeverity(), "a connect the user asked for reports");
        }
    }
}
