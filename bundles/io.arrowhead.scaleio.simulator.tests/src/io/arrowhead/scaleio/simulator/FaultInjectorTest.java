package io.arrowhead.scaleio.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.simulator.internal.auth.TokenStore;
import io.arrowhead.scaleio.simulator.internal.faults.FaultRules;

class FaultInjectorTest {

    private final TokenStore tokens = new TokenStore(Map.of("admin", "pw".toCharArray()), Clock.systemUTC(),
            Duration.ofHours(8), Duration.ofMinutes(10));
    private final FaultRules rules = new FaultRules();
    private final FaultInjector faults = new FaultInjector(rules, tokens);

    @Test
    void describesTheFaultsInForce() {
        assertEquals("no faults\nhanging requests: 0", faults.describe());
        faults.setLatency(Duration.ofMillis(250));
        faults.setLatency("GET /api/login", Duration.ofSeconds(2));
        faults.failNext("/api/types/*", 2, 500, 79, "Could not find the volume");
        faults.hangNext("POST /api/*", 1);
        faults.dropNext("*", 3);
        assertEquals("""
                latency * 250 ms
                latency GET /api/login 2000 ms
                failNext /api/types/* x2 -> 500/79 "Could not find the volume"
                hangNext POST /api/* x1
                dropNext * x3
                hanging requests: 0""", faults.describe());
        faults.clear();
        assertEquals("no faults\nhanging requests: 0", faults.describe());
    }

    @Test
    void expiresEveryToken() {
        String token = tokens.login("admin", "pw").orElseThrow();
        faults.expireAllTokens();
        assertTrue(tokens.authenticate(token).isEmpty());
    }

    @Test
    void countsTheCallsOfAnEndpointWhateverTheirFateAndKeepsCountingAfterClear() {
        faults.countCalls("POST /api/instances/querySelectedStatistics");
        faults.failNext("/api/*", 1, 500, 0, "boom");
        rules.decide("POST", "/api/instances/querySelectedStatistics");
        rules.decide("GET", "/api/instances/querySelectedStatistics");
        rules.decide("POST", "/api/types/Volume/instances");
        faults.clear();
        rules.decide("POST", "/api/instances/querySelectedStatistics");

        assertEquals(2, faults.calls("POST /api/instances/querySelectedStatistics"));
        assertEquals(0, faults.calls("/api/login"), "not counted");
        faults.countCalls("POST /api/instances/querySelectedStatistics");
        assertEquals(0, faults.calls("POST /api/instances/querySelectedStatistics"), "counting again restarts");
    }

    @Test
    void refusesMalformedFaults() {
        assertThrows(IllegalArgumentException.class, () -> faults.failNext("api/login", 1, 500, 0, "x"));
        assertThrows(IllegalArgumentException.class, () -> faults.failNext("/api/login", 1, 302, 0, "x"));
        assertThrows(IllegalArgumentException.class, () -> faults.hangNext("/api/login", 0));
        assertThrows(IllegalArgumentException.class, () -> faults.dropNext("", 1));
        assertThrows(IllegalArgumentException.class, () -> faults.setLatency("/x", Duration.ofSeconds(-1)));
    }
}
