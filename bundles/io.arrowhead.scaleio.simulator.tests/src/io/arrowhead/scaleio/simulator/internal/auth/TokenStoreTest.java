package io.arrowhead.scaleio.simulator.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class TokenStoreTest {

    private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private final TokenStore tokens = new TokenStore(Map.of("admin", "Scaleio123!".toCharArray()), clock,
            Duration.ofHours(8), Duration.ofMinutes(10));

    private String login() {
        return tokens.login("admin", "Scaleio123!").orElseThrow();
    }

    @Test
    void issuesTokensShapedLikeTheGatewaysOwn() {
        String token = login();
        assertTrue(token.matches("[A-Za-z0-9_-]+"), token); // base64url without padding
        String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        assertTrue(decoded.matches("admin:" + START.toEpochMilli() + ":[0-9a-f]{32}"), decoded);
        assertNotEquals(token, login());
    }

    @Test
    void refusesWrongPasswordsAndUnknownUsers() {
        assertEquals(Optional.empty(), tokens.login("admin", "wrong"));
        assertEquals(Optional.empty(), tokens.login("root", "Scaleio123!"));
        assertEquals(Optional.empty(), tokens.login("Admin", "Scaleio123!"));
        assertEquals(Optional.empty(), tokens.authenticate("bogus"));
    }

    @Test
    void aTokenDiesAfterTenMinutesWithoutUse() {
        String token = login();
        clock.advance(Duration.ofMinutes(9));
        assertEquals(Optional.of("admin"), tokens.authenticate(token));
        clock.advance(Duration.ofMinutes(9)); // 18 minutes old, but used 9 minutes ago
        assertEquals(Optional.of("admin"), tokens.authenticate(token));
        clock.advance(Duration.ofMinutes(10));
        assertEquals(Optional.empty(), tokens.authenticate(token));
    }

    @Test
    void aTokenDiesEightHoursAfterCreationDespiteUse() {
        String token = login();
        for (int minutes = 9; minutes < 8 * 60; minutes += 9) { // used every 9 minutes, up to 7 h 57 min
            clock.advance(Duration.ofMinutes(9));
            assertEquals(Optional.of("admin"), tokens.authenticate(token), "after " + minutes + " min");
        }
        clock.advance(Duration.ofMinutes(9)); // 8 h 6 min old, used 9 minutes ago
        assertEquals(Optional.empty(), tokens.authenticate(token));
        TokenStore shortLived = new TokenStore(Map.of("a", "p".toCharArray()), clock, Duration.ofMinutes(5),
                Duration.ofMinutes(10));
        String young = shortLived.login("a", "p").orElseThrow();
        clock.advance(Duration.ofMinutes(5));
        assertEquals(Optional.empty(), shortLived.authenticate(young));
    }

    @Test
    void logoutAndExpireAllEndSessions() {
        String first = login();
        String second = login();
        assertTrue(tokens.logout(first));
        assertFalse(tokens.logout(first));
        assertEquals(Optional.empty(), tokens.authenticate(first));
        assertEquals(Optional.of("admin"), tokens.authenticate(second));
        tokens.expireAll();
        assertEquals(Optional.empty(), tokens.authenticate(second));
    }

    @Test
    void aRefreshTokenIsNoAccessTokenAndLogsItsPairOut() {
        TokenStore.TokenPair pair = tokens.loginWithRefresh("admin", "Scaleio123!").orElseThrow();
        assertEquals(Optional.of("admin"), tokens.authenticate(pair.accessToken()));
        assertEquals(Optional.empty(), tokens.authenticate(pair.refreshToken()));
        assertTrue(tokens.logout(pair.refreshToken()));
        assertEquals(Optional.empty(), tokens.authenticate(pair.accessToken()));
        assertTrue(tokens.loginWithRefresh("admin", "nope").isEmpty());
    }

    @Test
    void sweepsDeadTokensOfManyShortSessions() {
        for (int i = 0; i < 1000; i++) {
            login(); // never logged out, like a crashed client
            clock.advance(Duration.ofMinutes(1));
        }
        assertTrue(tokens.size() < 300, "held " + tokens.size());
    }

    @Test
    void requiresUsersAndPositiveDurations() {
        assertThrows(IllegalArgumentException.class,
                () -> new TokenStore(Map.of(), clock, Duration.ofHours(1), Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> new TokenStore(Map.of("a", new char[1]), clock,
                Duration.ZERO, Duration.ofHours(1)));
    }
}
