package io.arrowhead.scaleio.simulator.internal.stats;

/**
 * I/O counted over one window: operations, KiB moved and the latency they accumulated. Mutable so that a query
 * over tens of thousands of volumes can sum into a few of these instead of allocating per volume.
 */
final class Traffic {

    long readIos;
    long readKb;
    long writeIos;
    long writeKb;
    /** Sum of the reads' service times in microseconds, the unit of the gateway's latency counters [inferred]. */
    long readLatencyMicros;
    long writeLatencyMicros;

    void add(Traffic other) {
        readIos += other.readIos;
        readKb += other.readKb;
        writeIos += other.writeIos;
        writeKb += other.writeKb;
        readLatencyMicros += other.readLatencyMicros;
        writeLatencyMicros += other.writeLatencyMicros;
    }

    void clear() {
        readIos = 0;
        readKb = 0;
        writeIos = 0;
        writeKb = 0;
        readLatencyMicros = 0;
        writeLatencyMicros = 0;
    }
}
