package io.arrowhead.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.core.StatisticsFixture.Recorder;
import io.arrowhead.core.stats.Metric;
import io.arrowhead.core.stats.PollerState;
import io.arrowhead.core.stats.PollerStatus;
import io.arrowhead.core.stats.StatisticsSubscription;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.StatisticsSelection;

/**
 * A gateway that goes away puts its poller into backing off with the reason, and polling resumes by itself when the
 * gateway is back; a disconnect stops the poller and a reconnect starts it again.
 */
class StatisticsOutageTest {

    private StatisticsFixture fixture;
    private StatisticsSubscription subscription;
    private final Recorder recorder = new Recorder();

    @BeforeEach
    void start() throws Exception {
        fixture = new StatisticsFixture();
        subscription = fixture.statistics.subscribe(fixture.gateway,
            List.of(StatisticsSelection.system(Metric.READ_BWC, Metric.WRITE_BWC)), recorder);
        recorder.next();
    }

    @AfterEach
    void stop() throws Exception {
        if (subscription != null) {
            subscription.close();
        }
        fixture.close();
    }

    @Test
    void aFailedTickBacksOffWithTheGatewaysMessageAndTheNextTickResumesByItself() throws Exception {
        fixture.core.simulator.faults().failNext(StatisticsFixture.STATISTICS_CALL, 1, 500, 0,
            "The statistics service is restarting");

        PollerStatus backingOff = recorder.awaitState(s -> s.state() == PollerState.BACKING_OFF);
        assertTrue(backingOff.error().contains("The statistics service is restarting"), backingOff.error());
        assertTrue(backingOff.nextAttempt() != null, "says when it tries again");

        PollerStatus resumed = recorder.awaitStateAfter(backingOff, s -> s.state() == PollerState.RUNNING);
        assertEquals(null, resumed.error());
        recorder.updates.clear();
        assertNotNull(recorder.next().statistics().system(), "answers come again without anyone's help");
    }

    @Test
    void anUnreachableGatewayBacksOffWithTheErrorAndPollingResumesWhenItIsBack() throws Exception {
        int port = fixture.core.simulator.endpoint().getPort();
        fixture.core.simulator.close();

        PollerStatus backingOff = recorder.awaitState(s -> s.state() == PollerState.BACKING_OFF);
        assertNotNull(backingOff.error(), "says why");
        assertTrue(backingOff.error().contains("127.0.0.1"), backingOff.error());
        assertNotNull(backingOff.nextAttempt());
        assertEquals(PollerState.BACKING_OFF, fixture.statistics.status(fixture.gateway).state());

        fixture.core.simulator = fixture.core.startSimulator(port);
        recorder.updates.clear();
        recorder.states.clear();
        recorder.next(); // a new answer, from the new gateway process, after logging in again

        assertEquals(PollerState.RUNNING, recorder.awaitState(s -> s.state() == PollerState.RUNNING).state());
        assertNotNull(recorder.next().statistics().system(), "and it keeps coming");
    }

    @Test
    void aDisconnectedGatewayStopsItsPollerAndAReconnectStartsItAgain() throws Exception {
        fixture.core.connections.disconnect(fixture.gateway).join();

        assertEquals(PollerState.STOPPED, recorder.awaitState(s -> s.state() == PollerState.STOPPED).state());
        fixture.core.simulator.faults().countCalls(StatisticsFixture.STATISTICS_CALL);
        recorder.updates.clear();
        Thread.sleep(2500);
        assertEquals(0, fixture.statisticsCalls(), "a disconnected gateway is not asked");

        fixture.core.connections.connect(fixture.gateway).join();
        assertNotNull(recorder.next().statistics().system());
    }
}
