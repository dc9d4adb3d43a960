package io.arrowhead.scaleio.simulator.internal.faults;

import java.time.Duration;

/**
 * One active fault as listed by the admin endpoint and {@code describe()}.
 *
 * @param action {@code latency}, {@code failNext}, {@code hangNext} or {@code dropNext}
 * @param endpoint the pattern, {@code null} for a latency of every call
 * @param remaining how many more requests the fault takes, {@code null} for a latency
 * @param latency the delay of a latency entry, otherwise {@code null}
 * @param httpStatus the status of a failNext entry, otherwise {@code null}
 * @param errorCode the errorCode of a failNext entry, otherwise {@code null}
 * @param message the message of a failNext entry, otherwise {@code null}
 */
public record FaultEntry(String action, EndpointPattern endpoint, Integer remaining, Duration latency,
        Integer httpStatus, Integer errorCode, String message) {

    /** One human-readable line, e.g. {@code failNext GET /api/login x2 -> 500/0 "Injected fault"}. */
    public String describe() {
        StringBuilder line = new StringBuilder(action).append(' ').append(endpoint == null ? "*" : endpoint);
        if (latency != null) {
            line.append(' ').append(latency.toMillis()).append(" ms");
        }
        if (remaining != null) {
            line.append(" x").append(remaining);
        }
        if (httpStatus != null) {
            line.append(" -> ").append(httpStatus).append('/').append(errorCode).append(" \"").append(message)
                    .append('"');
        }
        return line.toString();
    }
}
