package io.arrowhead.scaleio.simulator.internal.faults;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * What to do with one request: wait for the latency first, then carry out the outcome.
 *
 * @param latency how long to delay the request before anything else; zero for none
 * @param outcome proceed normally, or the one-shot fault that the request consumed
 */
public record FaultDecision(Duration latency, Outcome outcome) {

    static final FaultDecision NONE = new FaultDecision(Duration.ZERO, new Proceed());

    /** The fate of a request once its latency is over. */
    public sealed interface Outcome {
    }

    /** Serve the request as usual. */
    public record Proceed() implements Outcome {
    }

    /** Answer with the gateway's error body instead of serving the request. */
    public record Fail(int httpStatus, int errorCode, String message) implements Outcome {
    }

    /** Send nothing until the latch opens, then close the connection without an answer. */
    public record Hang(CountDownLatch release) implements Outcome {
    }

    /** Close the connection at once without an answer. */
    public record Drop() implements Outcome {
    }
}
