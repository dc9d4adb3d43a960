package io.arrowhead.hosts;

import java.time.Duration;
import java.util.Objects;

/**
 * How long to wait for a host.
 *
 * @param connect TCP connect
 * @param authentication key exchange plus login (time the user spends answering a host key question is not counted)
 * @param command default for commands that do not name their own timeout
 */
public record HostTimeouts(Duration connect, Duration authentication, Duration command) {

    public HostTimeouts {
        requirePositive(connect, "connect");
        requirePositive(authentication, "authentication");
        requirePositive(command, "command");
    }

    /** 10 s to connect, 15 s to log in, 60 s per command. */
    public static HostTimeouts defaults() {
        return new HostTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(15), Duration.ofSeconds(60));
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("The " + name + " timeout must be positive.");
        }
    }
}
