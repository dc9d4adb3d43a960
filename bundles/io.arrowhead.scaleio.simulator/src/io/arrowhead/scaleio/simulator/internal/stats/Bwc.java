package io.arrowhead.scaleio.simulator.internal.stats;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes the gateway's bandwidth counter, {@code {"numOccured","numSeconds","totalWeightInKb"}} in that order
 * (sic: one "r"). Readers derive IOPS = N/S, KB/s = K/S and the average I/O size K/N.
 */
final class Bwc {

    private Bwc() {
    }

    static void write(JsonGenerator out, long numOccured, long numSeconds, long totalWeightInKb) throws IOException {
        out.writeStartObject();
        out.writeNumberField("numOccured", numOccured);
        out.writeNumberField("numSeconds", numSeconds);
        out.writeNumberField("totalWeightInKb", totalWeightInKb);
        out.writeEndObject();
    }

    /** A counter nothing in the simulator drives (rebuild, rebalance, caches, trim). */
    static void idle(JsonGenerator out) throws IOException {
        write(out, 0, 0, 0);
    }

    /**
     * A counter of an aggregate (pool, domain, system, device) or a latency counter: the real samples report the
     * window length only when something happened in it, and {@code {0,0,0}} otherwise.
     */
    static void window(JsonGenerator out, long numOccured, long totalWeightInKb, int windowSeconds)
            throws IOException {
        write(out, numOccured, numOccured > 0 ? windowSeconds : 0, totalWeightInKb);
    }

    /**
     * A front-end counter of a volume or an SDC: reported over one second whenever the object takes part in I/O,
     * even an idle second ({@code {0,1,0}} in the real samples), and {@code {0,0,0}} when it cannot.
     */
    static void perSecond(JsonGenerator out, long numOccured, long totalWeightInKb, boolean active)
            throws IOException {
        write(out, numOccured, active ? 1 : 0, totalWeightInKb);
    }
}
