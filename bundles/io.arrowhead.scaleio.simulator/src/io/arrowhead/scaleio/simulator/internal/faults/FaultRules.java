package io.arrowhead.scaleio.simulator.internal.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The faults in force and the decision for each request. A request waits for the longest latency that applies to
 * it (the global one or a matching endpoint's), then takes the oldest queued one-shot fault whose pattern matches.
 * Hanging requests wait on the latch of their generation, which {@link #releaseHangs()} opens. Thread-safe.
 */
public final class FaultRules {

    private enum Kind {
        FAIL_NEXT("failNext"), HANG_NEXT("hangNext"), DROP_NEXT("dropNext");

        final String action;

        Kind(String action) {
            this.action = action;
        }
    }

    private final Object lock = new Object();
    private Duration globalLatency = Duration.ZERO;
    private final Map<EndpointPattern, Duration> endpointLatencies = new LinkedHashMap<>();
    private final List<QueuedFault> queue = new ArrayList<>();
    private CountDownLatch hangRelease = new CountDownLatch(1);
    private final AtomicInteger hanging = new AtomicInteger();
    /** Calls counted per endpoint, for tests that check how often a client calls; not faults, so clear() keeps them. */
    private final Map<EndpointPattern, AtomicLong> callCounters = new ConcurrentHashMap<>();

    /** Delays every request; zero removes the global latency. */
    public void setLatency(Duration latency) {
        requireNotNegative(latency);
        synchronized (lock) {
            globalLatency = latency;
        }
    }

    /** Delays the requests of one endpoint; zero removes that endpoint's latency. */
    public void setLatency(EndpointPattern endpoint, Duration latency) {
        requireNotNegative(latency);
        synchronized (lock) {
            if (latency.isZero()) {
                endpointLatencies.remove(endpoint);
            } else {
                endpointLatencies.put(endpoint, latency);
            }
        }
    }

    public void failNext(EndpointPattern endpoint, int count, int httpStatus, int errorCode, String message) {
        if (httpStatus < 400 || httpStatus > 599) {
            throw new IllegalArgumentException("An injected failure needs a 4xx or 5xx status, not " + httpStatus);
        }
        enqueue(new QueuedFault(endpoint, Kind.FAIL_NEXT, count, httpStatus, errorCode,
                Objects.requireNonNull(message, "message")));
    }

    public void hangNext(EndpointPattern endpoint, int count) {
        enqueue(new QueuedFault(endpoint, Kind.HANG_NEXT, count, 0, 0, null));
    }

    public void dropNext(EndpointPattern endpoint, int count) {
        enqueue(new QueuedFault(endpoint, Kind.DROP_NEXT, count, 0, 0, null));
    }

    /** Lets every hanging request go (its connection is then closed without an answer). */
    public void releaseHangs() {
        synchronized (lock) {
            hangRelease.countDown();
            hangRelease = new CountDownLatch(1);
        }
    }

    /** Removes every latency and queued fault and releases the hanging requests. */
    public void clear() {
        synchronized (lock) {
            globalLatency = Duration.ZERO;
            endpointLatencies.clear();
            queue.clear();
        }
        releaseHangs();
    }

    /** Counts the calls of an endpoint from now on, whatever their fate; counting it again starts from zero. */
    public void countCalls(EndpointPattern endpoint) {
        callCounters.put(Objects.requireNonNull(endpoint, "endpoint"), new AtomicLong());
    }

    /** The calls of an endpoint since {@link #countCalls}; 0 if it is not counted. */
    public long calls(EndpointPattern endpoint) {
        AtomicLong counter = callCounters.get(endpoint);
        return counter == null ? 0 : counter.get();
    }

    /** Decides the fate of one request, consuming a queued fault if one matches; counts it first. */
    public FaultDecision decide(String method, String path) {
        callCounters.forEach((endpoint, counter) -> {
            if (endpoint.matches(method, path)) {
                counter.incrementAndGet();
            }
        });
        synchronized (lock) {
            if (globalLatency.isZero() && endpointLatencies.isEmpty() && queue.isEmpty()) {
                return FaultDecision.NONE;
            }
            Duration latency = globalLatency;
            for (Map.Entry<EndpointPattern, Duration> entry : endpointLatencies.entrySet()) {
                if (entry.getKey().matches(method, path) && entry.getValue().compareTo(latency) > 0) {
                    latency = entry.getValue();
                }
            }
            return new FaultDecision(latency, takeQueued(method, path));
        }
    }

    private FaultDecision.Outcome takeQueued(String method, String path) {
        for (Iterator<QueuedFault> it = queue.iterator(); it.hasNext();) {
            QueuedFault fault = it.next();
            if (fault.endpoint.matches(method, path)) {
                if (--fault.remaining == 0) {
                    it.remove();
                }
                return switch (fault.kind) {
                    case FAIL_NEXT -> new FaultDecision.Fail(fault.httpStatus, fault.errorCode, fault.message);
                    case HANG_NEXT -> new FaultDecision.Hang(hangRelease);
                    case DROP_NEXT -> new FaultDecision.Drop();
                };
            }
        }
        return new FaultDecision.Proceed();
    }

    /** Blocks a hanging request until release; counted, so tests and the admin listing can see it waiting. */
    public void awaitRelease(FaultDecision.Hang hang) throws InterruptedException {
        hanging.incrementAndGet();
        try {
            hang.release().await();
        } finally {
            hanging.decrementAndGet();
        }
    }

    public int hangingRequests() {
        return hanging.get();
    }

    public List<FaultEntry> entries() {
        List<FaultEntry> entries = new ArrayList<>();
        synchronized (lock) {
            if (!globalLatency.isZero()) {
                entries.add(new FaultEntry("latency", null, null, globalLatency, null, null, null));
            }
            endpointLatencies.forEach((endpoint, latency) -> entries
                    .add(new FaultEntry("latency", endpoint, null, latency, null, null, null)));
            for (QueuedFault fault : queue) {
                boolean fail = fault.kind == Kind.FAIL_NEXT;
                entries.add(new FaultEntry(fault.kind.action, fault.endpoint, fault.remaining, null,
                        fail ? fault.httpStatus : null, fail ? fault.errorCode : null, fault.message));
            }
        }
        return entries;
    }

    /** The faults in force, one per line, and the number of hanging requests. */
    public String describe() {
        List<FaultEntry> entries = entries();
        String faults = entries.isEmpty() ? "no faults"
                : entries.stream().map(FaultEntry::describe).collect(Collectors.joining("\n"));
        return faults + "\nhanging requests: " + hangingRequests();
    }

    private void enqueue(QueuedFault fault) {
        synchronized (lock) {
            queue.add(fault);
        }
    }

    private static void requireNotNegative(Duration latency) {
        if (latency == null || latency.isNegative()) {
            throw new IllegalArgumentException("Latency must be zero or positive: " + latency);
        }
    }

    private static final class QueuedFault {
        final EndpointPattern endpoint;
        final Kind kind;
        final int httpStatus;
        final int errorCode;
        final String message;
        int remaining;

        QueuedFault(EndpointPattern endpoint, Kind kind, int count, int httpStatus, int errorCode, String message) {
            if (count < 1) {
                throw new IllegalArgumentException("A fault needs a count of at least 1, not " + count);
            }
            this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
            this.kind = kind;
            this.remaining = count;
            this.httpStatus = httpStatus;
            this.errorCode = errorCode;
            this.message = message;
        }
    }
}
