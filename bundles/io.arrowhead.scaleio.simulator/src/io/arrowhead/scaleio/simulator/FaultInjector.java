package io.arrowhead.scaleio.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import io.arrowhead.scaleio.simulator.internal.auth.TokenStore;
import io.arrowhead.scaleio.simulator.internal.faults.DeviceFailures;
import io.arrowhead.scaleio.simulator.internal.faults.EndpointPattern;
import io.arrowhead.scaleio.simulator.internal.faults.FaultRules;

/**
 * Makes the simulated gateway misbehave on purpose, to test how a client copes. Thread-safe; changes apply to the
 * next request.
 * <p>
 * An endpoint is {@code "METHOD /path-glob"} or {@code "/path-glob"} for any method, where {@code *} matches any
 * characters: {@code "POST /api/types/Volume/instances"}, {@code "GET /api/instances/Volume::*"}, {@code "/api/login"}.
 * Paths are matched decoded and without the query. Faults apply to every gateway path, login included, but never
 * to the simulator's own {@code /simulator/} endpoint. Queued one-shot faults are taken oldest first, one per
 * matching request.
 */
public final class FaultInjector {

    private final FaultRules rules;
    private final TokenStore tokens;
    private final DeviceFailures devices;

    FaultInjector(FaultRules rules, TokenStore tokens) {
        this(rules, tokens, DeviceFailures.NONE);
    }

    FaultInjector(FaultRules rules, TokenStore tokens, DeviceFailures devices) {
        this.rules = Objects.requireNonNull(rules);
        this.tokens = Objects.requireNonNull(tokens);
        this.devices = Objects.requireNonNull(devices);
    }

    /** Delays every call; {@link Duration#ZERO} removes it. A call waits for the longest latency that applies. */
    public void setLatency(Duration latency) {
        rules.setLatency(latency);
    }

    /** Delays the calls of one endpoint; {@link Duration#ZERO} removes that endpoint's delay. */
    public void setLatency(String endpoint, Duration latency) {
        rules.setLatency(EndpointPattern.parse(endpoint), latency);
    }

    /** Answers the next {@code count} matching calls with the gateway's error body instead of serving them. */
    public void failNext(String endpoint, int count, int httpStatus, int errorCode, String message) {
        rules.failNext(EndpointPattern.parse(endpoint), count, httpStatus, errorCode, message);
    }

    /**
     * Holds the next {@code count} matching calls without sending anything until {@link #releaseHangs()},
     * {@link #clear()} or the simulator stops; then their connections close without an answer.
     */
    public void hangNext(String endpoint, int count) {
        rules.hangNext(EndpointPattern.parse(endpoint), count);
    }

    public void releaseHangs() {
        rules.releaseHangs();
    }

    /** Reads the next {@code count} matching calls, then closes their connections without any answer. */
    public void dropNext(String endpoint, int count) {
        rules.dropNext(EndpointPattern.parse(endpoint), count);
    }

    /**
     * Counts the calls of an endpoint from now on, whether they are served or meet a fault; counting the same
     * endpoint again starts from zero. {@link #clear()} keeps the counters.
     */
    public void countCalls(String endpoint) {
        rules.countCalls(EndpointPattern.parse(endpoint));
    }

    /** How many calls of the endpoint arrived since {@link #countCalls(String)}; 0 if it is not counted. */
    public long calls(String endpoint) {
        return rules.calls(EndpointPattern.parse(endpoint));
    }

    /** Invalidates every session token, so each client gets a 401 and has to log in again. */
    public void expireAllTokens() {
        tokens.expireAll();
    }

    /**
     * Fails a device of the cluster now: it serves no I/O, and its storage pool rebuilds the data it held (forward
     * rebuild traffic and pending rebuild capacity in the pool's, domain's and system's statistics). Failing a
     * failed device changes nothing. IllegalArgumentException for an unknown id.
     */
    public void failDevice(String deviceId) {
        devices.failDevice(deviceId);
    }

    /**
     * Brings a failed device back now: its pool stops rebuilding, resynchronises what changed meanwhile (backward
     * rebuild) and rebalances the rebuilt data back onto it, for seconds to minutes, then goes quiet. A device that
     * is not failed is left alone. IllegalArgumentException for an unknown id.
     */
    public void restoreDevice(String deviceId) {
        devices.restoreDevice(deviceId);
    }

    /**
     * Removes every latency and queued fault, releases hanging calls and restores failed devices; tokens stay
     * valid.
     */
    public void clear() {
        rules.clear();
        devices.restoreEveryDevice();
    }

    /** The faults in force, one per line, how many calls are hanging right now, and the failed devices if any. */
    public String describe() {
        List<String> failed = devices.failedDevices();
        return rules.describe() + (failed.isEmpty() ? "" : "\nfailed devices: " + String.join(", ", failed));
    }
}
