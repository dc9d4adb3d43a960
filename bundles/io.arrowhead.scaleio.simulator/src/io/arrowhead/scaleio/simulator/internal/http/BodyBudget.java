package io.arrowhead.scaleio.simulator.internal.http;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The bytes of request bodies that all connections together hold, against a fixed cap. Thread-safe. Jetty bounds
 * the header section and each connection's buffers, but has no cap across requests on bodies an application holds.
 */
final class BodyBudget {

    private final long capacity;
    private final AtomicLong held = new AtomicLong();

    BodyBudget(long capacity) {
        this.capacity = capacity;
    }

    /** Takes {@code bytes} from the budget; false, taking nothing, when that would go past the cap. */
    boolean tryReserve(long bytes) {
        long now;
        do {
            now = held.get();
            if (now + bytes > capacity) {
                return false;
            }
        } while (!held.compareAndSet(now, now + bytes));
        return true;
    }

    void release(long bytes) {
        held.addAndGet(-bytes);
    }

    long held() {
        return held.get();
    }
}
