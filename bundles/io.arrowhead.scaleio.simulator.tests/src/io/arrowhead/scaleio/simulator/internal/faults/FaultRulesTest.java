package io.arrowhead.scaleio.simulator.internal.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class FaultRulesTest {

    private final FaultRules rules = new FaultRules();

    private static EndpointPattern endpoint(String text) {
        return EndpointPattern.parse(text);
    }

    @Test
    void withoutFaultsEveryRequestProceedsAtOnce() {
        FaultDecision decision = rules.decide("GET", "/api/login");
        assertEquals(Duration.ZERO, decision.latency());
        assertInstanceOf(FaultDecision.Proceed.class, decision.outcome());
        assertEquals("no faults\nhanging requests: 0", rules.describe());
    }

    @Test
    void theLongestApplicableLatencyWins() {
        rules.setLatency(Duration.ofMillis(100));
        rules.setLatency(endpoint("/api/login"), Duration.ofMillis(500));
        rules.setLatency(endpoint("GET /api/*"), Duration.ofMillis(50));
        assertEquals(Duration.ofMillis(500), rules.decide("GET", "/api/login").latency());
        assertEquals(Duration.ofMillis(100), rules.decide("GET", "/api/version").latency());
        rules.setLatency(Duration.ZERO);
        assertEquals(Duration.ofMillis(50), rules.decide("GET", "/api/version").latency());
        assertEquals(Duration.ZERO, rules.decide("POST", "/api/version").latency());
    }

    @Test
    void queuedFaultsAreTakenOldestFirstAndCountDown() {
        rules.failNext(endpoint("/api/*"), 2, 500, 79, "Could not find the volume");
        rules.dropNext(endpoint("GET /api/version"), 1);
        assertEquals(new FaultDecision.Fail(500, 79, "Could not find the volume"),
                rules.decide("GET", "/api/version").outcome());
        assertTrue(rules.describe().contains("failNext /api/* x1 -> 500/79 \"Could not find the volume\""),
                rules.describe());
        assertInstanceOf(FaultDecision.Fail.class, rules.decide("GET", "/api/version").outcome());
        assertInstanceOf(FaultDecision.Drop.class, rules.decide("GET", "/api/version").outcome());
        assertInstanceOf(FaultDecision.Proceed.class, rules.decide("GET", "/api/version").outcome());
        assertTrue(rules.entries().isEmpty());
    }

    @Test
    void aNonMatchingRequestLeavesTheQueueAlone() {
        rules.hangNext(endpoint("POST /api/types/Volume/instances"), 1);
        assertInstanceOf(FaultDecision.Proceed.class, rules.decide("GET", "/api/types/Volume/instances").outcome());
        assertEquals(1, rules.entries().size());
    }

    @Test
    void releaseOpensTheLatchOfEveryHangTakenBeforeIt() throws InterruptedException {
        rules.hangNext(endpoint("*"), 2);
        FaultDecision.Hang first = (FaultDecision.Hang) rules.decide("GET", "/a").outcome();
        rules.releaseHangs();
        assertTrue(first.release().await(0, TimeUnit.SECONDS));
        FaultDecision.Hang second = (FaultDecision.Hang) rules.decide("GET", "/a").outcome();
        assertFalse(second.release().await(0, TimeUnit.SECONDS), "a later hang waits for the next release");
        rules.clear();
        assertTrue(second.release().await(0, TimeUnit.SECONDS));
    }

    @Test
    void clearRemovesLatenciesAndQueuedFaults() {
        rules.setLatency(Duration.ofSeconds(1));
        rules.setLatency(endpoint("/x"), Duration.ofSeconds(2));
        rules.dropNext(endpoint("/x"), 3);
        assertEquals(3, rules.entries().size());
        rules.clear();
        assertEquals(FaultDecision.NONE, rules.decide("GET", "/x"));
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> rules.setLatency(Duration.ofMillis(-1)));
        assertThrows(IllegalArgumentException.class, () -> rules.dropNext(endpoint("/x"), 0));
        assertThrows(IllegalArgumentException.class, () -> rules.failNext(endpoint("/x"), 1, 200, 0, "ok?"));
        assertThrows(NullPointerException.class, () -> rules.failNext(endpoint("/x"), 1, 500, 0, null));
    }
}
