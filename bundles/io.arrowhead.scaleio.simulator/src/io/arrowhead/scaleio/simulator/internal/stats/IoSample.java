package io.arrowhead.scaleio.simulator.internal.stats;

/**
 * The I/O a volume's application asks for in one second, before mappings, connectivity and QoS limits decide
 * how much of it reaches the cluster.
 *
 * @param readIos reads issued
 * @param readKb KiB read
 * @param writeIos writes issued
 * @param writeKb KiB written
 */
public record IoSample(long readIos, long readKb, long writeIos, long writeKb) {

    public long totalIos() {
        return readIos + writeIos;
    }
}
