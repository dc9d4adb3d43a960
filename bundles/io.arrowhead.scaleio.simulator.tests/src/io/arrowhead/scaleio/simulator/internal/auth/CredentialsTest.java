package io.arrowhead.scaleio.simulator.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class CredentialsTest {

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void parsesBasicWithAnEmptyUserAsGoscaleioSendsIt() {
        assertEquals(new Credentials.Basic("", "dG9rZW4"), Credentials.parse(basic(":dG9rZW4")));
        assertEquals(new Credentials.Basic("admin", "pa:ss"), Credentials.parse("basic " + basic("admin:pa:ss")
                .substring(6)));
    }

    @Test
    void parsesBearer() {
        assertEquals(new Credentials.Bearer("abc"), Credentials.parse("Bearer abc"));
    }

    @Test
    void rejectsMissingAndMalformedHeaders() {
        assertNull(Credentials.parse(null));
        assertNull(Credentials.parse("Basic"));
        assertNull(Credentials.parse("Basic !!!"));
        assertNull(Credentials.parse(basic("no-colon")));
        assertNull(Credentials.parse("Digest x=y"));
        assertNull(Credentials.parse("Bearer "));
    }

    @Test
    void comparesApiVersionsNumerically() {
        assertFalse(ApiVersion.parse("3.5").acceptsBearer());
        assertTrue(ApiVersion.parse("4.0").acceptsBearer());
        assertTrue(ApiVersion.parse("10.0").isAtLeast(4, 0));
        assertEquals("3.6", ApiVersion.parse(" 3.6 ").toString());
        assertThrows(IllegalArgumentException.class, () -> ApiVersion.parse("3"));
        assertThrows(IllegalArgumentException.class, () -> ApiVersion.parse("3.5.1"));
        assertThrows(IllegalArgumentException.class, () -> ApiVersion.parse("v3.5"));
    }
}
