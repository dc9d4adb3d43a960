package io.arrowhead.core.lab;

import java.time.Duration;

/** Waits for a condition on the lab, which changes on its own clock (the SDC agents poll the gateway). */
final class LabWait {

    interface Condition {
        boolean holds() throws Exception;
    }

    private LabWait() {
    }

    static void until(Condition condition, Duration timeout, String what) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + timeout.toSeconds() + " s: " + what);
            }
            Thread.sleep(200);
        }
    }
}
