package io.arrowhead.scaleio.simulator.internal.auth;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Users and the session tokens issued to them. A token lives for a fixed time from its creation and dies earlier
 * after a span without use or on logout, as the gateway's REST guide describes (8 hours, 10 minutes). Thread-safe;
 * dead tokens are swept now and then, because PyPowerFlex logs in and out around every single call.
 */
public final class TokenStore {

    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(8);
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(10);
    private static final int SWEEP_EVERY_ISSUED = 256;

    private final Map<String, byte[]> passwords = new LinkedHashMap<>();
    private final Clock clock;
    private final long lifetimeMillis;
    private final long idleMillis;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final AtomicInteger issuedSinceSweep = new AtomicInteger();
    private final SecureRandom random = new SecureRandom();

    /** @param users names and passwords; copied, so the caller may wipe its arrays */
    public TokenStore(Map<String, char[]> users, Clock clock, Duration lifetime, Duration idleTimeout) {
        if (users.isEmpty()) {
            throw new IllegalArgumentException("At least one user is needed");
        }
        if (!lifetime.isPositive() || !idleTimeout.isPositive()) {
            throw new IllegalArgumentException("Token lifetime and idle timeout must be positive");
        }
        users.forEach((name, password) -> passwords.put(name, utf8(password)));
        this.clock = clock;
        this.lifetimeMillis = lifetime.toMillis();
        this.idleMillis = idleTimeout.toMillis();
    }

    /** Whether the user exists and the password is its password; compares in constant time. */
    public boolean checkPassword(String user, String password) {
        byte[] expected = passwords.get(user);
        byte[] given = password.getBytes(StandardCharsets.UTF_8);
        return expected != null && MessageDigest.isEqual(expected, given);
    }

    /** A new session token for the user, or empty when the credentials are wrong. */
    public Optional<String> login(String user, String password) {
        return checkPassword(user, password) ? Optional.of(issue(user, null)) : Optional.empty();
    }

    /** The {@code /rest/auth/login} answer: an access token and a refresh token that logs both out. */
    public Optional<TokenPair> loginWithRefresh(String user, String password) {
        if (!checkPassword(user, password)) {
            return Optional.empty();
        }
        String refresh = newToken(user);
        String access = issue(user, refresh);
        sessions.put(refresh, new Session(user, clock.millis(), true, access));
        return Optional.of(new TokenPair(access, refresh));
    }

    /** The user of a live access token, marking it used now; empty for unknown, expired or refresh tokens. */
    public Optional<String> authenticate(String token) {
        Session session = token == null ? null : sessions.get(token);
        long now = clock.millis();
        if (session == null || session.refresh) {
            return Optional.empty();
        }
        if (!session.isAlive(now, lifetimeMillis, idleMillis)) {
            sessions.remove(token);
            return Optional.empty();
        }
        session.lastUsedMillis = now;
        return Optional.of(session.user);
    }

    /** Ends the session of the token and of its partner token; false when it was not live. */
    public boolean logout(String token) {
        Session session = token == null ? null : sessions.remove(token);
        if (session == null) {
            return false;
        }
        if (session.partner != null) {
            sessions.remove(session.partner);
        }
        return session.isAlive(clock.millis(), lifetimeMillis, idleMillis);
    }

    /** Kills every token at once, so every client has to log in again. */
    public void expireAll() {
        sessions.clear();
    }

    /** How many tokens are held, dead ones not yet swept included. */
    public int size() {
        return sessions.size();
    }

    private String issue(String user, String partner) {
        if (issuedSinceSweep.incrementAndGet() >= SWEEP_EVERY_ISSUED) {
            issuedSinceSweep.set(0);
            long now = clock.millis();
            sessions.values().removeIf(session -> !session.isAlive(now, lifetimeMillis, idleMillis));
        }
        String token = newToken(user);
        sessions.put(token, new Session(user, clock.millis(), false, partner));
        return token;
    }

    /** {@code user:epochMillis:32-hex}, base64url without padding, shaped like a real gateway's token. */
    private String newToken(String user) {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        String content = user + ":" + clock.millis() + ":" + HexFormat.of().formatHex(nonce);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(content.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] utf8(char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        return bytes;
    }

    /** The two tokens of a {@code /rest/auth/login}. */
    public record TokenPair(String accessToken, String refreshToken) {
    }

    private static final class Session {
        final String user;
        final long createdMillis;
        final boolean refresh;
        final String partner;
        volatile long lastUsedMillis;

        Session(String user, long createdMillis, boolean refresh, String partner) {
            this.user = user;
            this.createdMillis = createdMillis;
            this.refresh = refresh;
            this.partner = partner;
            this.lastUsedMillis = createdMillis;
        }

        boolean isAlive(long now, long lifetimeMillis, long idleMillis) {
            return now - createdMillis < lifetimeMillis && now - lastUsedMillis < idleMillis;
        }
    }
}
