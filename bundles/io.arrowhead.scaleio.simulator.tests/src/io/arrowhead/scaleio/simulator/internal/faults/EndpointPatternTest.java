package io.arrowhead.scaleio.simulator.internal.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EndpointPatternTest {

    @Test
    void aPatternWithoutMethodMatchesEveryMethod() {
        EndpointPattern login = EndpointPattern.parse("/api/login");
        assertNull(login.method());
        assertTrue(login.matches("GET", "/api/login"));
        assertTrue(login.matches("POST", "/api/login"));
        assertFalse(login.matches("GET", "/api/login/"));
        assertFalse(login.matches("GET", "/api/logout"));
    }

    @Test
    void aMethodRestrictsThePatternIgnoringCase() {
        EndpointPattern pattern = EndpointPattern.parse("post /api/types/Volume/instances");
        assertEquals("POST /api/types/Volume/instances", pattern.toString());
        assertTrue(pattern.matches("POST", "/api/types/Volume/instances"));
        assertFalse(pattern.matches("GET", "/api/types/Volume/instances"));
    }

    @Test
    void aStarMatchesAnyCharactersSlashesIncluded() {
        EndpointPattern pattern = EndpointPattern.parse("POST /api/instances/Volume::*/action/*");
        assertTrue(pattern.matches("POST", "/api/instances/Volume::993a355e00000001/action/addMappedSdc"));
        assertTrue(pattern.matches("POST", "/api/instances/Volume::/action/"));
        assertFalse(pattern.matches("POST", "/api/instances/Sdc::1/action/x"));
        assertTrue(EndpointPattern.parse("*").matches("GET", "/anything/at/all"));
        assertTrue(EndpointPattern.parse("/api/*").matches("DELETE", "/api/a/b/c"));
        assertTrue(EndpointPattern.parse("/api/*/instances").matches("GET", "/api/types/Sdc/instances"));
        assertFalse(EndpointPattern.parse("/api/*/instances").matches("GET", "/api/types/Sdc/instances/x"));
    }

    @Test
    void refusesMalformedEndpoints() {
        assertThrows(IllegalArgumentException.class, () -> EndpointPattern.parse(null));
        assertThrows(IllegalArgumentException.class, () -> EndpointPattern.parse("  "));
        assertThrows(IllegalArgumentException.class, () -> EndpointPattern.parse("api/login"));
        assertThrows(IllegalArgumentException.class, () -> EndpointPattern.parse("GET api/login"));
        assertThrows(IllegalArgumentException.class, () -> EndpointPattern.parse("G-T /api"));
    }
}
