package io.arrowhead.scaleio.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class GatewayConfigTest {

    private static GatewayConfig.Builder admin() {
        return GatewayConfig.builder("https://gw.example.com/api").user("admin").password("Scaleio123".toCharArray());
    }

    @Test
    void hasSafeDefaults() {
        GatewayConfig config = admin().build();

        assertEquals(GatewayEndpoint.parse("gw.example.com"), config.endpoint());
        assertEquals(Duration.ofSeconds(10), config.connectTimeout());
        assertEquals(Duration.ofSeconds(60), config.readTimeout());
        assertEquals(Duration.ofSeconds(120), config.callTimeout());
        assertNull(config.forcedApiVersion());
        assertEquals(TlsPolicy.systemTrust(), config.tls());
    }

    @Test
    void neverShowsThePassword() {
        GatewayConfig config = admin().tls(TlsPolicy.insecure()).build();

        assertFalse(config.toString().contains("Scaleio123"), config.toString());
        assertTrue(config.toString().contains("admin"), config.toString());
        assertTrue(config.toString().contains("https://gw.example.com:443"), config.toString());
    }

    @Test
    void copiesThePasswordInAndOut() {
        char[] typed = "Scaleio123".toCharArray();
        GatewayConfig config = admin().password(typed).build();
        typed[0] = 'X';
        char[] read = config.password();
        read[1] = 'X';

        assertArrayEquals("Scaleio123".toCharArray(), config.password());
        assertEquals(admin().build(), config);
        assertEquals(admin().build().hashCode(), config.hashCode());
    }

    @Test
    void keepsMajorMinorOfAForcedVersion() {
        assertEquals("3.5", admin().forcedApiVersion("3.5.1").build().forcedApiVersion());
        assertThrows(IllegalArgumentException.class, () -> admin().forcedApiVersion("v3").build());
    }

    @Test
    void refusesIncompleteSettingsWithMessages() {
        assertMessage(() -> admin().user(" ").build(), "user name");
        assertMessage(() -> admin().user("ad:min").build(), "':'");
        assertMessage(() -> admin().password(null).build(), "password");
        assertMessage(() -> admin().connectTimeout(Duration.ZERO).build(), "connect timeout");
        assertMessage(() -> admin().readTimeout(Duration.ofSeconds(-1)).build(), "read timeout");
        assertMessage(() -> admin().callTimeout(null).build(), "call timeout");
        assertMessage(() -> GatewayConfig.builder("ftp://gw"), "https");
    }

    private static void assertMessage(Runnable build, String mentioned) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, build::run);
        assertTrue(refused.getMessage().contains(mentioned), refused.getMessage());
    }
}
